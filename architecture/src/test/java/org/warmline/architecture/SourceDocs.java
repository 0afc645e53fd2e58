package org.warmline.architecture;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.EntityTree;
import com.sun.source.doctree.LinkTree;
import com.sun.source.doctree.LiteralTree;
import com.sun.source.doctree.TextTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The docstrings of the project's production sources, read with the JDK's own parser (javac's tree
 * API, {@code parse()} only: no compilation, no class path): the first sentence of every top-level
 * type's javadoc and of every package's {@code package-info.java}. Javadoc is not kept in class files,
 * so the module map ({@link ModuleMap}) takes the structure from the compiled classes and the words
 * from here.
 *
 * <p>Production sources are every {@code src/main/java} directory under the project root (the parent
 * of the {@code architecture} module), outside {@code target} directories.
 */
final class SourceDocs {

    /** A package's source directory and whether it holds a {@code package-info.java} with a javadoc. */
    record PackageSource(String packageName, Path directory, boolean hasJavaTypes, Optional<String> firstSentence,
                         boolean hasPackageInfo) {
    }

    private static SourceDocs production;

    private final Path root;
    private final Map<String, String> typeSentences = new TreeMap<>();
    private final Map<String, PackageSource> packages = new TreeMap<>();

    private SourceDocs(Path root) {
        this.root = root;
    }

    /**
     * Reads every production source file of the project.
     *
     * @param root the project root (holding the parent {@code pom.xml} and {@code architecture/})
     * @return the docstrings found
     * @throws UncheckedIOException if a source directory cannot be read
     */
    static SourceDocs read(Path root) {
        SourceDocs docs = new SourceDocs(root);
        docs.parse(docs.productionSourceRoots());
        return docs;
    }

    /**
     * The production sources of this checkout ({@link #read(Path)} of {@link #projectRoot()}), read once
     * per test JVM: parsing them all takes seconds.
     *
     * @return the docstrings of every production source
     */
    static synchronized SourceDocs production() {
        if (production == null) {
            production = read(projectRoot());
        }
        return production;
    }

    /**
     * Reads the sources under the given directories only (e.g. this module's test fixtures).
     *
     * @param root        the project root
     * @param sourceRoots directories holding package trees of {@code .java} files
     * @return the docstrings found
     * @throws UncheckedIOException if a directory cannot be read
     */
    static SourceDocs read(Path root, List<Path> sourceRoots) {
        SourceDocs docs = new SourceDocs(root);
        docs.parse(sourceRoots);
        return docs;
    }

    /**
     * The project root seen from this module: Surefire runs in {@code architecture/} and sets
     * {@code basedir} to it.
     *
     * @return the absolute project root
     * @throws IllegalStateException if the parent directory is not the Warmline project root
     */
    static Path projectRoot() {
        Path module = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
        Path root = module.getParent();
        if (root == null || !Files.isRegularFile(root.resolve("pom.xml")) || !Files.isDirectory(root.resolve("architecture"))) {
            throw new IllegalStateException("not run from the architecture module of a Warmline checkout: " + module);
        }
        return root;
    }

    /**
     * The first sentence of a top-level type's javadoc, as Markdown (code in backticks).
     *
     * @param qualifiedName the type's fully qualified name, e.g. {@code org.warmline.jobs.api.JobsIntake}
     * @return the sentence, or empty if the type has no source here or no javadoc
     */
    Optional<String> typeSentence(String qualifiedName) {
        return Optional.ofNullable(typeSentences.get(qualifiedName));
    }

    /**
     * The first sentence of a package's {@code package-info.java} javadoc, as Markdown.
     *
     * @param packageName e.g. {@code org.warmline.jobs.api}
     * @return the sentence, or empty if the package has no package-info or it has no javadoc
     */
    Optional<String> packageSentence(String packageName) {
        PackageSource source = packages.get(packageName);
        return source == null ? Optional.empty() : source.firstSentence();
    }

    /** @return every production source package (a directory holding at least one {@code .java} file), by name */
    Map<String, PackageSource> packages() {
        return packages;
    }

    /** @return the project root these sources were read from */
    Path root() {
        return root;
    }

    private List<Path> productionSourceRoots() {
        List<Path> sourceRoots = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    if (!dir.equals(root) && (name.startsWith(".") || name.equals("target") || name.equals("node_modules"))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (dir.endsWith(Path.of("src", "main", "java"))) {
                        sourceRoots.add(dir);
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sourceRoots.sort(null);
        return sourceRoots;
    }

    private void parse(List<Path> sourceRoots) {
        List<Path> files = new ArrayList<>();
        for (Path sourceRoot : sourceRoots) {
            try (Stream<Path> walk = Files.walk(sourceRoot)) {
                walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromPaths(files);
            JavacTask task = (JavacTask) javac.getTask(null, fileManager, null, List.of("-proc:none"), null, units);
            DocTrees trees = DocTrees.instance(task);
            for (CompilationUnitTree unit : task.parse()) {
                read(unit, trees, Path.of(unit.getSourceFile().toUri()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read(CompilationUnitTree unit, DocTrees trees, Path file) {
        String packageName = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
        boolean packageInfo = file.getFileName().toString().equals("package-info.java");
        PackageSource known = packages.get(packageName);
        if (packageInfo) {
            Optional<String> sentence = unit.getPackage() == null ? Optional.empty()
                    : sentence(trees.getDocCommentTree(TreePath.getPath(unit, unit.getPackage())));
            packages.put(packageName, new PackageSource(packageName, file.getParent(),
                    known != null && known.hasJavaTypes(), sentence, true));
            return;
        }
        packages.put(packageName, known == null
                ? new PackageSource(packageName, file.getParent(), true, Optional.empty(), false)
                : new PackageSource(packageName, known.directory(), true, known.firstSentence(), known.hasPackageInfo()));
        for (Tree type : unit.getTypeDecls()) {
            if (type instanceof ClassTree classTree) {
                String name = packageName.isEmpty() ? classTree.getSimpleName().toString()
                        : packageName + "." + classTree.getSimpleName();
                sentence(trees.getDocCommentTree(TreePath.getPath(unit, classTree)))
                        .ifPresent(s -> typeSentences.put(name, s));
            }
        }
    }

    private static Optional<String> sentence(DocCommentTree doc) {
        if (doc == null) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        for (DocTree part : doc.getFirstSentence()) {
            text.append(markdown(part));
        }
        String sentence = text.toString().replaceAll("\\s+", " ").trim();
        return sentence.isEmpty() ? Optional.empty() : Optional.of(sentence);
    }

    /** Inline javadoc as Markdown: {@code {@code x}} and {@code {@link X}} become {@code `x`}, HTML tags go. */
    private static String markdown(DocTree part) {
        switch (part.getKind()) {
            case TEXT:
                return ((TextTree) part).getBody();
            case CODE:
            case LITERAL:
                String body = ((LiteralTree) part).getBody().getBody();
                return part.getKind() == DocTree.Kind.CODE ? "`" + body + "`" : body;
            case LINK:
            case LINK_PLAIN:
                LinkTree link = (LinkTree) part;
                if (!link.getLabel().isEmpty()) {
                    return link.getLabel().stream().map(SourceDocs::markdown).collect(Collectors.joining());
                }
                String target = link.getReference().getSignature();
                String simple = target.substring(target.lastIndexOf('.') + 1).replace('#', '.');
                return part.getKind() == DocTree.Kind.LINK ? "`" + simple + "`" : simple;
            case ENTITY:
                String entity = ((EntityTree) part).getName().toString();
                return switch (entity) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "nbsp" -> " ";
                    default -> "&" + entity + ";";
                };
            default:
                return ""; // <p>, <em>, </em> and other markup: text only
        }
    }
}
