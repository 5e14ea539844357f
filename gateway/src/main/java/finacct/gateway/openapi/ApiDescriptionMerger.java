package finacct.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the services' OpenAPI descriptions into the platform's one, as JSON trees (so nothing of either OpenAPI
 * version is lost in a model round trip): every path with its operations, every component (a component two services
 * name alike but define differently is kept twice, the later one renamed {@code <name>_<service>} with its
 * references), the tags once, one server (the gateway) and the gateway's own security schemes once.
 */
final class ApiDescriptionMerger {

    /** One service's part: its short name (used in renamed components), its words, and its description if it answered. */
    record Part(String service, String title, JsonNode description) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ApiDescriptionMerger() {
    }

    /**
     * @param info            the merged description's info (title, version, description); parts that did not
     *                        answer are named at the end of its description
     * @param securitySchemes the schemes of {@code components.securitySchemes}, replacing the services' own
     * @param security        the default security requirement of every operation
     */
    static ObjectNode merge(List<Part> parts, ObjectNode info, ObjectNode securitySchemes, ArrayNode security) {
        ObjectNode merged = NODES.objectNode();
        merged.put("openapi", parts.stream().map(Part::description).filter(d -> d != null && d.hasNonNull("openapi"))
                .map(d -> d.get("openapi").asText()).findFirst().orElse("3.0.1"));
        ObjectNode mergedInfo = info.deepCopy();
        merged.set("info", mergedInfo);
        merged.putArray("servers").addObject().put("url", "/").put("description", "经网关访问");
        merged.set("security", security.deepCopy());
        ArrayNode tags = merged.putArray("tags");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");

        Set<String> tagNames = new LinkedHashSet<>();
        List<String> missing = new ArrayList<>();
        for (Part part : parts) {
            if (part.description() == null || !part.description().isObject()) {
                missing.add(part.title());
                continue;
            }
            ObjectNode description = part.description().deepCopy();
            rewriteReferences(description, componentsToRename(description, components, part.service()));
            mergeComponents(description.path("components"), components, part.service());
            mergePaths(description.path("paths"), paths);
            for (JsonNode tag : description.path("tags")) {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            }
        }
        components.set("securitySchemes", securitySchemes.deepCopy());
        if (!missing.isEmpty()) {
            String words = mergedInfo.path("description").asText("");
            mergedInfo.put("description", (words.isEmpty() ? "" : words + "\n\n")
                    + "暂缺（服务未响应，稍后刷新）：" + String.join("、", missing));
        }
        return merged;
    }

    /** A component named like one already merged but defined differently gets the service's name appended. */
    private static Map<String, String> componentsToRename(JsonNode description, ObjectNode merged, String service) {
        Map<String, String> renames = new HashMap<>();
        JsonNode components = description.path("components");
        for (Iterator<Map.Entry<String, JsonNode>> sections = components.fields(); sections.hasNext(); ) {
            Map.Entry<String, JsonNode> section = sections.next();
            if (section.getKey().equals("securitySchemes")) {
                continue;
            }
            JsonNode already = merged.path(section.getKey());
            for (Iterator<Map.Entry<String, JsonNode>> items = section.getValue().fields(); items.hasNext(); ) {
                Map.Entry<String, JsonNode> item = items.next();
                if (already.has(item.getKey()) && !already.get(item.getKey()).equals(item.getValue())) {
                    String renamed = item.getKey() + "_" + service;
                    renames.put(ref(section.getKey(), item.getKey()), ref(section.getKey(), renamed));
                }
            }
        }
        if (!renames.isEmpty() && components instanceof ObjectNode sections) {
            // the components themselves move to their new names (references are rewritten afterwards)
            renames.forEach((from, to) -> {
                String section = from.split("/")[2];
                ObjectNode items = (ObjectNode) sections.get(section);
                JsonNode value = items.remove(from.substring(from.lastIndexOf('/') + 1));
                items.set(to.substring(to.lastIndexOf('/') + 1), value);
            });
        }
        return renames;
    }

    private static String ref(String section, String name) {
        return "#/components/" + section + "/" + name;
    }

    private static void rewriteReferences(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("$ref") && field.getValue().isTextual()
                        && renames.containsKey(field.getValue().asText())) {
                    field.setValue(TextNode.valueOf(renames.get(field.getValue().asText())));
                } else {
                    rewriteReferences(field.getValue(), renames);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> rewriteReferences(element, renames));
        }
    }

    private static void mergeComponents(JsonNode from, ObjectNode into, String service) {
        for (Iterator<Map.Entry<String, JsonNode>> sections = from.fields(); sections.hasNext(); ) {
            Map.Entry<String, JsonNode> section = sections.next();
            if (section.getKey().equals("securitySchemes") || !section.getValue().isObject()) {
                continue;
            }
            ObjectNode target = into.has(section.getKey()) ? (ObjectNode) into.get(section.getKey())
                    : into.putObject(section.getKey());
            section.getValue().fields().forEachRemaining(item -> {
                if (!target.has(item.getKey())) {
                    target.set(item.getKey(), item.getValue());
                }
            });
        }
    }

    /** Two services never serve the same path and method; should they, the first one's operation stays. */
    private static void mergePaths(JsonNode from, ObjectNode into) {
        from.fields().forEachRemaining(path -> {
            if (!into.has(path.getKey())) {
                into.set(path.getKey(), path.getValue());
            } else if (into.get(path.getKey()) instanceof ObjectNode known) {
                path.getValue().fields().forEachRemaining(operation -> {
                    if (!known.has(operation.getKey())) {
                        known.set(operation.getKey(), operation.getValue());
                    }
                });
            }
        });
    }
}
