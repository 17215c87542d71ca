using System.Globalization;
using System.Text;

namespace QuoteExtraction.Tests.Quotes;

/// <summary>One annotated snippet from <c>Quotes/Fixtures/*.txt</c>: an input and the quotes expected from it.</summary>
public sealed class QuoteFixture
{
    public required string Name { get; init; }

    public required string Text { get; init; }

    public Language Language { get; init; }

    public List<ExpectedQuote> Quotes { get; } = [];

    /// <summary>The quotes expected with non-speech included; null when the default list is asserted alone.</summary>
    public List<ExpectedQuote>? All { get; set; }

    public int[]? Groups { get; set; }

    public bool CheckDefaultQuotes { get; set; }

    public override string ToString() => Name;

    public static IEnumerable<QuoteFixture> Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Quotes", "Fixtures", fileName);
        QuoteFixture? current = null;
        string? name = null;
        var language = Language.Auto;
        ExpectedQuote? last = null;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                if (current is not null)
                {
                    yield return current;
                }

                current = null;
                name = line[1..^1];
                language = Language.Auto;
                continue;
            }

            int colon = line.IndexOf(':', StringComparison.Ordinal);
            var key = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? string.Empty : Unescape(line[(colon + 1)..].Trim());
            switch (key)
            {
                case "lang":
                    language = value == "fr" ? Language.French : Language.English;
                    break;
                case "text":
                    current = new QuoteFixture { Name = name!, Text = value, Language = language };
                    break;
                case "quote":
                    last = ExpectedQuote.Parse(value);
                    current!.Quotes.Add(last);
                    current.CheckDefaultQuotes = true;
                    break;
                case "all":
                    last = ExpectedQuote.Parse(value);
                    (current!.All ??= []).Add(last);
                    break;
                case "nested":
                    last!.Nested.Add(value);
                    break;
                case "elision":
                    last!.Elisions.Add(value);
                    break;
                case "insertion":
                    last!.Insertions.Add(value);
                    break;
                case "unclosed":
                    last!.Unclosed = true;
                    break;
                case "segments":
                    last!.Segments = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "groups":
                    current!.Groups = [.. value.Split(' ').Select(g => int.Parse(g, CultureInfo.InvariantCulture))];
                    break;
                default:
                    throw new InvalidDataException($"{fileName}: unknown fixture line '{line}'");
            }
        }

        if (current is not null)
        {
            yield return current;
        }
    }

    /// <summary>Decodes the fixture escapes <c>\n</c>, <c>\t</c> and <c>\uXXXX</c>.</summary>
    internal static string Unescape(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            if (value[i] != '\\' || i + 1 == value.Length)
            {
                builder.Append(value[i]);
                continue;
            }

            char code = value[++i];
            switch (code)
            {
                case 'n':
                    builder.Append('\n');
                    break;
                case 't':
                    builder.Append('\t');
                    break;
                case 'u':
                    builder.Append((char)int.Parse(value.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default:
                    builder.Append(code);
                    break;
            }
        }

        return builder.ToString();
    }
}

/// <summary>A quote a fixture expects: its kind (null for any) and text, and optionally its parts.</summary>
public sealed class ExpectedQuote
{
    public QuoteKind? Kind { get; init; }

    public required string Text { get; init; }

    public List<string> Nested { get; } = [];

    public List<string> Elisions { get; } = [];

    public List<string> Insertions { get; } = [];

    public bool Unclosed { get; set; }

    public int? Segments { get; set; }

    public static ExpectedQuote Parse(string value)
    {
        int bar = value.IndexOf('|', StringComparison.Ordinal);
        var kind = value[..bar].Trim();
        return new ExpectedQuote
        {
            Kind = kind == "*" ? null : Enum.Parse<QuoteKind>(kind, ignoreCase: true),
            Text = value[(bar + 1)..].TrimStart(),
        };
    }
}
