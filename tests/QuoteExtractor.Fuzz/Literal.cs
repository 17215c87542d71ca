using System.Globalization;
using System.Text;

namespace QuoteExtraction.Fuzz;

/// <summary>Writes any string as a C# string literal that can be pasted into a test as it is.</summary>
public static class Literal
{
    /// <summary>
    /// The C# literal for <paramref name="text"/>: printable ASCII stays as it is, every other code unit
    /// (controls, line ends, non-ASCII letters, lone surrogates) becomes a <c>\uXXXX</c> escape.
    /// </summary>
    /// <param name="text">Any string, valid UTF-16 or not.</param>
    /// <returns>The literal, with its double quotes.</returns>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case >= ' ' and <= '~':
                    builder.Append(c);
                    break;
                default:
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
