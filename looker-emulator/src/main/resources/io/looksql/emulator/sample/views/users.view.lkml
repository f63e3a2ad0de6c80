view: users {
  sql_table_name: users ;;

  dimension: id {
    primary_key: yes
    type: number
    label: "User ID"
    sql: ${TABLE}.id ;;
    value_format_name: id
  }

  dimension: first_name {
    type: string
    description: "Given name; some contain spaces."
    sql: ${TABLE}.first_name ;;
    tags: ["pii"]
  }

  dimension: last_name {
    type: string
    sql: ${TABLE}.last_name ;;
    tags: ["pii"]
  }

  dimension: full_name {
    type: string
    label: "Full Name"
    sql: ${first_name} || ' ' || ${last_name} ;;
    tags: ["pii"]
  }

  dimension: email {
    type: string
    label: "E-mail"
    sql: ${TABLE}.email ;;
    tags: ["pii", "email"]
    required_access_grants: [every_region]
  }

  dimension: age {
    type: number
    description: "Age in years when the user signed up; unknown for a few users."
    sql: ${TABLE}.age ;;
  }

  dimension: age_tier {
    type: tier
    label: "Age Tier"
    description: "Age in ten-year bands."
    tiers: [0, 10, 20, 30, 40, 50, 60, 70, 80]
    style: integer
    sql: ${age} ;;
  }

  dimension: gender {
    type: string
    description: "M or F."
    sql: ${TABLE}.gender ;;
  }

  dimension: city {
    type: string
    sql: ${TABLE}.city ;;
  }

  dimension: state {
    type: string
    description: "State or region; unknown for a few users."
    sql: ${TABLE}.state ;;
  }

  dimension: country {
    type: string
    sql: ${TABLE}.country ;;
  }

  # What access filters limit analysts by (user attribute "region"). Never NULL, so an admin's
  # region "%" matches every row.
  dimension: region {
    type: string
    description: "Sales region: West, Northeast, South or Midwest for US states, International outside the US, Unknown when the state is unknown."
    sql: CASE
           WHEN ${TABLE}.country <> 'United States' THEN 'International'
           WHEN ${TABLE}.state IN ('California', 'Washington', 'Arizona', 'Colorado', 'Hawaii', 'Alaska') THEN 'West'
           WHEN ${TABLE}.state IN ('New York', 'Massachusetts', 'Maine', 'Rhode Island', 'New Jersey', 'Pennsylvania') THEN 'Northeast'
           WHEN ${TABLE}.state IN ('Texas', 'Florida', 'Georgia', 'Tennessee') THEN 'South'
           WHEN ${TABLE}.state IN ('Illinois', 'Minnesota', 'Michigan') THEN 'Midwest'
           ELSE 'Unknown'
         END ;;
  }

  dimension: zip {
    type: zipcode
    label: "ZIP Code"
    sql: ${TABLE}.zip ;;
  }

  dimension: is_international {
    type: yesno
    label: "Is International"
    description: "Yes when the user lives outside the United States."
    sql: ${country} <> 'United States' ;;
  }

  dimension: traffic_source {
    type: string
    description: "Channel that brought the user to the shop."
    sql: ${TABLE}.traffic_source ;;
  }

  dimension_group: created {
    type: time
    label: "Signup"
    description: "When the user signed up (UTC)."
    timeframes: [raw, time, date, week, month, quarter, year, day_of_week, hour_of_day, month_num]
    sql: ${TABLE}.created_at ;;
  }

  measure: count {
    type: count
    label: "Number of Users"
  }

  measure: average_age {
    type: average
    description: "Average age over distinct users (symmetric under fan-out joins)."
    sql: ${age} ;;
    value_format_name: decimal_1
  }

  measure: total_age {
    type: sum
    description: "Sum of ages over distinct users; a check for symmetric aggregates."
    sql: ${age} ;;
  }

  measure: min_age {
    type: min
    sql: ${age} ;;
  }

  measure: max_age {
    type: max
    sql: ${age} ;;
  }

  measure: female_count {
    type: count
    label: "Number of Female Users"
    filters: [gender: "F"]
  }

  measure: state_count {
    type: count_distinct
    label: "Number of States"
    sql: ${state} ;;
  }
}
