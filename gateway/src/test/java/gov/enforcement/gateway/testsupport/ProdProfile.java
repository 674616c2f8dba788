package gov.enforcement.gateway.testsupport;

/** The gateway run with the {@code prod} configuration profile, as it is deployed. */
public class ProdProfile extends GatewayTestProfile {

    @Override
    public String getConfigProfile() {
        return "prod";
    }
}
