package io.github.policyplan.internal.write;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.io.Writer;
import org.yaml.snakeyaml.DumperOptions;

/**
 * A YAML factory whose generators write double-quoted every value that holds a character YAML 1.1
 * reads as a line break besides {@code \n} and {@code \r} (NEL U+0085, LINE SEPARATOR U+2028,
 * PARAGRAPH SEPARATOR U+2029) or a byte-order mark: SnakeYAML's emitter writes these raw in plain,
 * single-quoted and literal scalars, where a reader folds them; a double-quoted scalar escapes the
 * first three, and {@link Separators#yaml} the mark. (A quoting checker is not enough for values:
 * with {@code MINIMIZE_QUOTES}, Jackson writes every value holding {@code \n} as a literal block
 * without asking it.)
 */
public final class QuotingYaml extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the factory.
     *
     * @param builder the settings
     */
    public QuotingYaml(YAMLFactoryBuilder builder) {
        super(builder);
    }

    /**
     * Tells whether a text must be written double-quoted.
     *
     * @param text the text
     * @return true when it holds NEL, a line or paragraph separator or a byte-order mark
     */
    public static boolean needsDoubleQuotes(String text) {
        return text.indexOf('\u0085') >= 0 || Separators.holdsOne(text);
    }

    @Override
    protected YAMLGenerator _createGenerator(Writer out, IOContext ctxt) throws IOException {
        return new Generator(ctxt, _generatorFeatures, _yamlGeneratorFeatures, _quotingChecker,
                _objectCodec, out, _version);
    }

    /** Writes a value that holds such a character double-quoted. */
    private static final class Generator extends YAMLGenerator {
        Generator(IOContext ctxt, int jsonFeatures, int yamlFeatures, StringQuotingChecker quoting,
                ObjectCodec codec, Writer out, DumperOptions.Version version) throws IOException {
            super(ctxt, jsonFeatures, yamlFeatures, quoting, codec, out, version);
        }

        @Override
        public void writeString(String text) throws IOException {
            if (text != null && needsDoubleQuotes(text)) {
                _verifyValueWrite("write String value");
                _writeScalar(text, "string", DumperOptions.ScalarStyle.DOUBLE_QUOTED);
            } else {
                super.writeString(text);
            }
        }
    }
}
