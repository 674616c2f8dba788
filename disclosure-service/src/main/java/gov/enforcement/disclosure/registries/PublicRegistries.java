package gov.enforcement.disclosure.registries;

import gov.enforcement.platform.identity.CreditCode;
import gov.enforcement.platform.problem.Problems;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the public registry endpoints share: the agency parameter is required and checked, rows become maps. */
final class PublicRegistries {

    static final int LIMIT = 1000;

    private PublicRegistries() {
    }

    static String agency(String agency) {
        if (agency == null || !CreditCode.isValid(agency)) {
            throw Problems.invalidField("agency", "must be a valid unified social credit code");
        }
        return agency;
    }

    /** Each row as a map of the given columns, in order, under camelCase names. */
    static List<Map<String, Object>> rows(RowSet<Row> rows, String... columns) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (String c : columns) {
                Object value = r.getValue(c);
                m.put(camel(c), value instanceof io.vertx.core.json.JsonArray a ? a.getList()
                        : value instanceof io.vertx.core.json.JsonObject o ? o.getMap() : value);
            }
            out.add(m);
        }
        return out;
    }

    private static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean up = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                out.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return out.toString();
    }
}
