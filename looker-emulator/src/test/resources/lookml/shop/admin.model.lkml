connection: "admin_db"
include: "views/users.view.lkml"

explore: users {}
