package getit.deploy;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Runs a batch of Helm jobs in one JVM (the native Helm library loads once).
 *
 * <p>Usage: {@code HelmRunner <jobs.tsv> <outDir> <kubeVersion>}. Each job line is tab-separated:
 *
 * <pre>
 * lint      ID  CHART_DIR  [VALUES,VALUES...]
 * template  ID  CHART_DIR  RELEASE  NAMESPACE  [VALUES,VALUES...]
 * validate  ID  YAML_FILE
 * </pre>
 *
 * <p>For every job it writes {@code ID.out} (Helm's output or the error) and one line to
 * {@code results.tsv}: {@code ID, ok|fail}. Rendered and validated documents are checked
 * strictly against the Kubernetes API models (unknown fields, missing required fields) and the
 * findings go to {@code validation.tsv}: {@code ID, index, apiVersion, kind, name, ok|error|no-schema, message}.
 */
public final class HelmRunner {

  private static final String MODELS = "io.kubernetes.client.openapi.models.";

  /*
   * helm-java's template returns the release manifest only; the helm CLI appends the hooks
   * itself. So templates are rendered from a staged copy in which the hook annotation is
   * disguised (Helm then renders those objects with the rest) and the output is restored.
   */
  private static final String HOOK = "helm.sh/hook";
  private static final String DISGUISED_HOOK = "getit.test/staged-hook";

  private final Path outDir;
  private final String kubeVersion;
  private final Path stageRoot;
  private final List<String> results = new ArrayList<>();
  private final List<String> validation = new ArrayList<>();
  private final Map<String, Path> stagedCharts = new LinkedHashMap<>();
  private final Map<String, Path> disguisedCharts = new LinkedHashMap<>();

  private HelmRunner(Path outDir, String kubeVersion) throws IOException {
    this.outDir = outDir;
    this.kubeVersion = kubeVersion;
    this.stageRoot = Files.createDirectories(outDir.resolve("stage"));
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: HelmRunner <jobs.tsv> <outDir> <kubeVersion>");
      System.exit(2);
    }
    Path outDir = Files.createDirectories(Path.of(args[1]));
    HelmRunner runner = new HelmRunner(outDir, args[2]);
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        runner.run(line.split("\t", -1));
      }
    }
    Files.write(outDir.resolve("results.tsv"), runner.results, StandardCharsets.UTF_8);
    Files.write(outDir.resolve("validation.tsv"), runner.validation, StandardCharsets.UTF_8);
    System.out.println("helm " + Helm.version().call() + ": " + runner.results.size() + " job(s)");
  }

  private void run(String[] job) throws IOException {
    String kind = job[0];
    String id = job[1];
    long started = System.nanoTime();
    String status;
    String out;
    try {
      switch (kind) {
        case "lint" -> {
          LintResult lint = lint(Path.of(job[2]), valuesFiles(job, 3));
          out = String.join("\n", lint.getMessages());
          status = lint.isFailed() ? "fail" : "ok";
        }
        case "template" -> {
          out = template(Path.of(job[2]), job[3], job[4], valuesFiles(job, 5));
          validate(id, out);
          status = "ok";
        }
        case "validate" -> {
          out = Files.readString(Path.of(job[2]));
          validate(id, out);
          status = "ok";
        }
        default -> throw new IllegalArgumentException("unknown job kind " + kind);
      }
    } catch (RuntimeException e) {
      out = String.valueOf(e.getMessage());
      status = "fail";
    }
    Files.writeString(outDir.resolve(id + ".out"), out, StandardCharsets.UTF_8);
    long millis = (System.nanoTime() - started) / 1_000_000;
    results.add(id + "\t" + status + "\t" + millis);
  }

  private static List<Path> valuesFiles(String[] job, int index) {
    List<Path> files = new ArrayList<>();
    if (job.length > index && !job[index].isBlank()) {
      for (String file : job[index].split(",")) {
        files.add(Path.of(file));
      }
    }
    return files;
  }

  /** helm lint has no --values in helm-java, so lint a staged copy whose values.yaml is the merge. */
  private LintResult lint(Path chartDir, List<Path> values) throws IOException {
    Path chart = stage(chartDir, stagedCharts, false);
    if (!values.isEmpty()) {
      Path copy = stageRoot.resolve("lint-" + stagedCharts.size() + "-" + System.nanoTime());
      chart = copyTree(chart, copy.resolve(chart.getFileName()));
      Map<String, Object> merged = loadMap(chart.resolve("values.yaml"));
      for (Path file : values) {
        merged = coalesce(merged, loadMap(file));
      }
      DumperOptions options = new DumperOptions();
      options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
      Yaml yaml = new Yaml(new Representer(options), options);
      Files.writeString(chart.resolve("values.yaml"), yaml.dump(merged), StandardCharsets.UTF_8);
    }
    return new Helm(chart).lint().strict().call();
  }

  private String template(Path chartDir, String release, String namespace, List<Path> values)
      throws IOException {
    TemplateCommand command =
        new Helm(stage(chartDir, disguisedCharts, true)).template()
            .withName(release)
            .withNamespace(namespace)
            .withKubeVersion(kubeVersion);
    for (Path file : values) {
      command = command.withValuesFile(file.toAbsolutePath());
    }
    return command.call().replace(DISGUISED_HOOK, HOOK);
  }

  /**
   * Copies the chart's parent folder to the same relative place under the stage (so file://../
   * dependencies still resolve) and runs `helm dependency update` on the copy, leaving the source
   * tree untouched. Symbolic links stay links, and their targets are copied too, so Helm meets
   * the same layout it meets in the repository.
   */
  private Path stage(Path chartDir, Map<String, Path> cache, boolean disguiseHooks) throws IOException {
    Path source = chartDir.toAbsolutePath().normalize();
    Path staged = cache.get(source.toString());
    if (staged == null) {
      Path base = stageRoot.resolve((disguiseHooks ? "t" : "l") + cache.size());
      Path parent = source.getParent();
      copyPreservingLinks(parent, base);
      if (disguiseHooks) {
        disguiseHooks(base);
      }
      staged = base.resolve(relativeToCwd(source));
      if (Files.readString(staged.resolve("Chart.yaml")).contains("dependencies:")) {
        new Helm(staged).dependency().update().skipRefresh().call();
      }
      cache.put(source.toString(), staged);
    }
    return staged;
  }

  private static Path relativeToCwd(Path path) {
    return Path.of("").toAbsolutePath().relativize(path.toAbsolutePath().normalize());
  }

  /** Copies `from` to base/<from relative to cwd>; each symlink inside also brings its target. */
  private static void copyPreservingLinks(Path from, Path base) throws IOException {
    Path to = base.resolve(relativeToCwd(from));
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isSymbolicLink(path)) {
          Files.createDirectories(target.getParent());
          Files.createSymbolicLink(target, Files.readSymbolicLink(path));
          copyTree(path.toRealPath(), base.resolve(relativeToCwd(path.toRealPath())));
        } else if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void disguiseHooks(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        String name = path.getFileName().toString();
        if (Files.isRegularFile(path) && (name.endsWith(".tpl") || name.endsWith(".yaml"))) {
          String text = Files.readString(path);
          if (text.contains(HOOK)) {
            Files.writeString(path, text.replace(HOOK, DISGUISED_HOOK));
          }
        }
      }
    }
  }

  /** Copies a tree, following symbolic links. */
  private static Path copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return to;
  }

  private static Yaml strictYaml() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(50);
    return new Yaml(new SafeConstructor(options));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> loadMap(Path file) throws IOException {
    Object loaded = strictYaml().load(Files.readString(file));
    return loaded == null ? new LinkedHashMap<>() : (Map<String, Object>) loaded;
  }

  /** Helm's values coalescing: maps merge, anything else replaces, null deletes. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> coalesce(Map<String, Object> base, Map<String, Object> override) {
    Map<String, Object> merged = new LinkedHashMap<>(base);
    for (Map.Entry<String, Object> entry : override.entrySet()) {
      Object current = merged.get(entry.getKey());
      Object value = entry.getValue();
      if (value == null) {
        merged.remove(entry.getKey());
      } else if (current instanceof Map && value instanceof Map) {
        merged.put(entry.getKey(), coalesce((Map<String, Object>) current, (Map<String, Object>) value));
      } else {
        merged.put(entry.getKey(), value);
      }
    }
    return merged;
  }

  private void validate(String id, String manifests) {
    int index = 0;
    for (Object doc : strictYaml().loadAll(manifests)) {
      if (!(doc instanceof Map<?, ?> map)) {
        continue;
      }
      String apiVersion = String.valueOf(map.get("apiVersion"));
      String kind = String.valueOf(map.get("kind"));
      Object metadata = map.get("metadata");
      String name = metadata instanceof Map<?, ?> meta ? String.valueOf(meta.get("name")) : "";
      String[] verdict = validateDocument(apiVersion, kind, toJson(doc));
      validation.add(String.join("\t", id, String.valueOf(index++), apiVersion, kind, name,
          verdict[0], verdict[1].replace('\t', ' ').replace('\n', ' ')));
    }
  }

  /**
   * Finds the generated model of a built-in kind (apps/v1 Deployment becomes V1Deployment) and
   * runs its validator. Custom resources are left to the Node tests.
   */
  private static String[] validateDocument(String apiVersion, String kind, JsonElement json) {
    String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    if (group.contains(".") && !group.endsWith(".k8s.io")) {
      return new String[] {"no-schema", "custom resource " + apiVersion + " " + kind};
    }
    String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
    String className = MODELS + Character.toUpperCase(version.charAt(0)) + version.substring(1) + kind;
    Method validator;
    try {
      validator = Class.forName(className).getMethod("validateJsonElement", JsonElement.class);
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      return new String[] {"no-schema", "no Kubernetes model " + className};
    }
    try {
      validator.invoke(null, json);
      return new String[] {"ok", ""};
    } catch (InvocationTargetException e) {
      return new String[] {"error", String.valueOf(e.getCause().getMessage())};
    } catch (IllegalAccessException e) {
      return new String[] {"error", e.toString()};
    }
  }

  private static JsonElement toJson(Object value) {
    if (value == null) {
      return JsonNull.INSTANCE;
    }
    if (value instanceof Map<?, ?> map) {
      JsonObject object = new JsonObject();
      map.forEach((key, item) -> object.add(String.valueOf(key), toJson(item)));
      return object;
    }
    if (value instanceof List<?> list) {
      JsonArray array = new JsonArray();
      list.forEach(item -> array.add(toJson(item)));
      return array;
    }
    if (value instanceof Number number) {
      return new JsonPrimitive(number);
    }
    if (value instanceof Boolean bool) {
      return new JsonPrimitive(bool);
    }
    return new JsonPrimitive(String.valueOf(value));
  }
}
