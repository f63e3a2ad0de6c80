package io.looksql.jdbc;

import io.looksql.catalog.rel.QueryRefusedException;
import java.util.Locale;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCallBinding;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.implicit.TypeCoercionImpl;

/**
 * Calcite's implicit casts, except that a text literal compared with a BOOLEAN (a LookML
 * {@code yesno} dimension) is read as Looker shows such values: {@code 'Yes'} and {@code 'No'},
 * as well as {@code 'true'} and {@code 'false'}, any case. Any other text is refused naming the
 * literal: Calcite would cast it at plan time and fail with an {@code Error}.
 */
final class LookerTypeCoercion extends TypeCoercionImpl {
  LookerTypeCoercion(RelDataTypeFactory typeFactory, SqlValidator validator) {
    super(typeFactory, validator);
  }

  @Override public boolean binaryComparisonCoercion(SqlCallBinding binding) {
    SqlCall call = binding.getCall();
    if (call.operandCount() == 2) {
      for (int i = 0; i < 2; i++) {
        RelDataType other = binding.getOperandType(1 - i);
        if (other.getSqlTypeName() == SqlTypeName.BOOLEAN
            && call.operand(i) instanceof SqlCharStringLiteral text) {
          SqlNode literal = SqlLiteral.createBoolean(yesNo(text), text.getParserPosition());
          call.setOperand(i, literal);
          updateInferredType(literal, factory.createSqlType(SqlTypeName.BOOLEAN));
          return true;
        }
      }
    }
    return super.binaryComparisonCoercion(binding);
  }

  private static boolean yesNo(SqlCharStringLiteral text) {
    String s = text.getValueAs(String.class);
    switch (s.trim().toLowerCase(Locale.ROOT)) {
    case "yes", "true":
      return true;
    case "no", "false":
      return false;
    default:
      throw new QueryRefusedException("'" + s + "' is compared with a yes/no column at "
          + text.getParserPosition() + ", whose values are 'Yes' and 'No' (or TRUE and FALSE)");
    }
  }
}
