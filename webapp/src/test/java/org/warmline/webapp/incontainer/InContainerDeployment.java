package org.warmline.webapp.incontainer;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of the in-container tests: the packaged application ({@code target/ROOT.war}, what
 * {@code warmline.jar} bundles) plus the test classes, with its configuration file extended by the
 * database and data directory of the run (the application reads them through MicroProfile Config).
 */
final class InContainerDeployment {

    private static final ArchivePath CONFIG = ArchivePaths.create("WEB-INF/classes/META-INF/microprofile-config.properties");

    private InContainerDeployment() {
    }

    /**
     * @param test     the concrete test class (its superclasses are added too)
     * @param settings configuration keys to set, e.g. {@code warmline.db.url}
     * @return the archive to deploy
     * @throws Exception if the packaged war is missing or cannot be read
     */
    static WebArchive of(Class<?> test, Map<String, String> settings) throws Exception {
        File packaged = new File(System.getProperty("warmline.war", "target/ROOT.war"));
        if (!packaged.isFile()) {
            throw new IllegalStateException("no packaged application at " + packaged.getAbsolutePath() + "; run mvn verify");
        }
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, packaged);
        StringBuilder config = new StringBuilder(read(war.get(CONFIG))).append('\n');
        config.append("warmline.data-dir=").append(Files.createTempDirectory("warmline-arquillian").toString().replace("\\", "/"))
                .append('\n');
        settings.forEach((k, v) -> config.append(k).append('=').append(v).append('\n'));
        war.delete(CONFIG);
        war.add(new StringAsset(config.toString()), CONFIG);
        for (Class<?> c = test; c != Object.class; c = c.getSuperclass()) {
            war.addClass(c);
        }
        return war;
    }

    private static String read(Node node) throws Exception {
        if (node == null) {
            return "";
        }
        try (InputStream in = node.getAsset().openStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
