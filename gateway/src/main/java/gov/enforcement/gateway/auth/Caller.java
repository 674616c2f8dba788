package gov.enforcement.gateway.auth;

import java.util.Set;

/** Who is calling, as far as the gateway cares: subject, roles and agency credit code. */
public record Caller(String subject, Set<String> roles, String agency) {

    /** Key under which the verified caller travels in the routing context. */
    public static final String CONTEXT_KEY = "gateway.caller";
}
