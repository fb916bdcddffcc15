package io.github.policyplan.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyplan.core.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Map nodes find every key, keep document order and refuse a repeated key, small or large. */
class MapNodeTest {

    private final TreeReader reader = new TreeReader(1 << 20, 16);

    @Test
    void aSmallMapFindsEveryKeyInDocumentOrder() {
        checkMapOf(List.of("id", "title", "kind", "unit", "goal", "due", "lead", "weight", "rule", "note"));
    }

    @Test
    void aSmallMapWhoseKeysAllShareOneHashFindsEveryKey() {
        checkMapOf(collidingKeys(5));
    }

    @Test
    void aLargeMapWhoseKeysAllShareOneHashFindsEveryKey() {
        checkMapOf(collidingKeys(8));
    }

    @Test
    void aRepeatedKeyIsReportedAtItsSecondPlaceInSmallAndLargeMaps() {
        for (List<String> keys : List.of(collidingKeys(3), collidingKeys(8))) {
            String yaml = yaml(keys) + keys.get(1) + ": again\n";
            Problems problems = new Problems("m.yaml", 10);

            assertThat(reader.read(yaml, TreeReader.Format.YAML, problems)).isEmpty();

            assertThat(problems.sorted()).extracting(Problem::toString).containsExactly("m.yaml:"
                    + (keys.size() + 1) + ":1: " + keys.get(1) + ": duplicate key '" + keys.get(1)
                    + "' (first at line 2) (remove one of them)");
        }
    }

    private void checkMapOf(List<String> keys) {
        Problems problems = new Problems("m.yaml", 10);
        Node.MapNode map = (Node.MapNode) reader.read(yaml(keys), TreeReader.Format.YAML, problems).orElseThrow();

        assertThat(map.entries()).extracting(Node.Entry::key).containsExactlyElementsOf(keys);
        for (int i = 0; i < keys.size(); i++) {
            Node.Entry e = map.entry(keys.get(i));
            assertThat(e.line()).isEqualTo(i + 1);
            assertThat(((Node.ScalarNode) map.get(keys.get(i))).text()).isEqualTo("v" + i);
        }
        assertThat(map.entry("absent")).isNull();
        assertThat(map.get(keys.get(0) + "x")).isNull();
    }

    /** Keys made of "Aa" and "BB", which have the same hash code: all 2^pairs of them share one hash. */
    private static List<String> collidingKeys(int pairs) {
        List<String> keys = new ArrayList<>();
        for (int bits = 0; bits < 1 << pairs; bits++) {
            StringBuilder key = new StringBuilder("k");
            for (int i = 0; i < pairs; i++) {
                key.append((bits >> i & 1) == 0 ? "Aa" : "BB");
            }
            keys.add(key.toString());
        }
        assertThat(keys.stream().map(String::hashCode).distinct()).hasSize(1);
        return keys;
    }

    private static String yaml(List<String> keys) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            yaml.append(keys.get(i)).append(": v").append(i).append('\n');
        }
        return yaml.toString();
    }
}
