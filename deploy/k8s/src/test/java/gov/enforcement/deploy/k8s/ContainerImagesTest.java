package gov.enforcement.deploy.k8s;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The manifests run the images the Quarkus build makes, and the normal build makes none. */
@DisplayName("Container images: built by Quarkus' Jib extension, named as the manifests expect")
class ContainerImagesTest {

    private static String projectVersion() throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Repo.ROOT.resolve("pom.xml").toFile());
        var children = doc.getDocumentElement().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if ("version".equals(children.item(i).getNodeName())) {
                return children.item(i).getTextContent().trim();
            }
        }
        throw new AssertionError("no project version");
    }

    /** group/name:version, as quarkus-container-image names the image (tag = project version by default). */
    private static String builtImage(ServiceModule service) throws Exception {
        Map<String, String> config = service.config("prod");
        String tag = config.getOrDefault("quarkus.container-image.tag", projectVersion());
        return config.get("quarkus.container-image.group") + "/" + config.get("quarkus.container-image.name") + ":" + tag;
    }

    @ParameterizedTest
    @EnumSource(ServiceModule.class)
    @DisplayName("the service has the Jib extension, and images are built only on request")
    void jibOnRequest(ServiceModule service) {
        assertTrue(service.dependencies().contains("io.quarkus:quarkus-container-image-jib"));
        assertEquals("false", service.config("prod").get("quarkus.container-image.build"));
        assertTrue(Files.isExecutable(Repo.K8S.resolve("images/docker-load-to-tar")));
    }

    @ParameterizedTest
    @EnumSource(ServiceModule.class)
    @DisplayName("base and dev run the image the build produces; prod the same image from its registry")
    void manifestsRunTheBuiltImage(ServiceModule service) throws Exception {
        String built = builtImage(service);
        assertEquals(built, new Workloads(Manifests.DEV, service).container().getImage());
        String prod = new Workloads(Manifests.PROD, service).container().getImage();
        assertTrue(Images.name(prod).endsWith("/" + Images.name(built)), prod + " is " + built + " in a registry");
        assertTrue(Images.tag(prod).matches("\\d+\\.\\d+\\.\\d+"), "prod runs a release: " + prod);
    }
}
