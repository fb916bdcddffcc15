package io.github.policyplan.words;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a text meant for officials is in one language: no English word in Chinese text and no
 * Chinese in English text, apart from the names, titles, ids, units and codes that come from the input.
 */
public final class Languages {

    /**
     * Two or more Latin letters in a row: an English word; or a quarter written Q1–Q4, which Chinese text
     * writes 第一季度 … 第四季度. (One other letter alone is a code, such as the A of a grade.)
     */
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}|Q\\d");
    /** Han characters and the full-width punctuation of Chinese text. */
    private static final Pattern CHINESE = Pattern.compile("[\\u3400-\\u4dbf\\u4e00-\\u9fff\\u3000-\\u303f\\uff01-\\uff5e]+");

    private Languages() {
    }

    /**
     * Collects every string held in a graph of records, collections, maps, optionals and the plan:
     * the words that come from the input and may appear in either language.
     */
    public static Set<String> inputWords(Object... roots) {
        Set<String> out = new TreeSet<>();
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        for (Object root : roots) {
            collect(root, out, seen);
        }
        return out;
    }

    private static void collect(Object o, Set<String> out, Map<Object, Boolean> seen) {
        if (o == null || o instanceof Number || o instanceof Boolean || o instanceof Enum<?>
                || o instanceof java.time.temporal.Temporal) {
            return;
        }
        if (o instanceof String s) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
            return;
        }
        if (seen.put(o, Boolean.TRUE) != null) {
            return;
        }
        if (o instanceof Optional<?> opt) {
            opt.ifPresent(v -> collect(v, out, seen));
        } else if (o instanceof Collection<?> c) {
            c.forEach(v -> collect(v, out, seen));
        } else if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                collect(k, out, seen);
                collect(v, out, seen);
            });
        } else if (o.getClass().isRecord()) {
            for (RecordComponent rc : o.getClass().getRecordComponents()) {
                try {
                    collect(rc.getAccessor().invoke(o), out, seen);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (o.getClass().getName().startsWith("io.github.policyplan.")) {
            for (var m : o.getClass().getMethods()) {
                if (m.getParameterCount() == 0 && m.getDeclaringClass() == o.getClass()
                        && !m.getName().startsWith("to") && !m.getName().equals("hashCode")
                        && !java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
                    try {
                        collect(m.invoke(o), out, seen);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }

    /**
     * Finds what is out of language in a text.
     *
     * @param text    the text
     * @param chinese true for text meant to be Chinese, false for English
     * @param allowed the input's words
     * @return the words in the other language; empty when the text is in one language
     */
    public static List<String> strays(String text, boolean chinese, Collection<String> allowed) {
        String rest = text;
        List<String> words = new ArrayList<>(allowed);
        words.sort(Comparator.comparingInt(String::length).reversed());
        for (String w : words) {
            if (w.length() > 1 || !chinese) {
                rest = rest.replace(w, " ");
            }
        }
        List<String> out = new ArrayList<>();
        Matcher m = (chinese ? LATIN_WORD : CHINESE).matcher(rest);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
