using System.Buffers;
using System.Text;
using System.Text.Json;

namespace QuoteExtraction.Sample;

/// <summary>
/// Reads one jsonl line, <c>{"id": ..., "text": "..."}</c>, straight from its UTF-8 bytes. Every line
/// becomes an item, with an error when it cannot be read as an article; nothing is thrown.
/// </summary>
internal static class JsonlLine
{
    /// <summary>Reads <paramref name="line"/> (without its line break); <paramref name="where"/> names it in errors.</summary>
    public static InputItem Parse(ReadOnlySpan<byte> line, string where)
    {
        if (line.Trim(" \t\r"u8).IsEmpty)
        {
            return new InputItem(null, null, $"{where}: empty line");
        }

        var reader = new Utf8JsonReader(line);
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                // The whole line is read first, so that bad JSON is reported as such whatever its value.
                reader.Skip();
                ReadToEnd(ref reader);
                return new InputItem(null, null, $"{where}: expected a JSON object");
            }

            string? id = null;
            string? text = null;
            bool hasText = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isId = reader.ValueTextEquals("id"u8);
                bool isText = !isId && reader.ValueTextEquals("text"u8);
                reader.Read();

                // A repeated name counts once, with its last value, as JsonDocument reads it.
                if (isId)
                {
                    id = reader.TokenType == JsonTokenType.String ? ReadString(ref reader) : RawText(ref reader, line);
                }
                else if (isText)
                {
                    hasText = true;
                    text = reader.TokenType == JsonTokenType.String ? ReadString(ref reader) : null;
                }

                reader.Skip();
            }

            ReadToEnd(ref reader);
            return !hasText ? new InputItem(id, null, $"{where}: missing \"text\"")
                : text is null ? new InputItem(id, null, $"{where}: \"text\" is not a string")
                : new InputItem(id ?? where, text, null);
        }
        catch (JsonException e)
        {
            return new InputItem(null, null, $"{where}: invalid JSON ({e.Message})");
        }
    }

    /// <summary>Reads past the end of the value: trailing content after it is an error, as in a JSON document.</summary>
    private static void ReadToEnd(ref Utf8JsonReader reader)
    {
        while (reader.Read())
        {
        }
    }

    /// <summary>A non-string value as written, as JsonElement.GetRawText gives it.</summary>
    private static string RawText(ref Utf8JsonReader reader, ReadOnlySpan<byte> line)
    {
        int start = (int)reader.TokenStartIndex;
        reader.Skip();
        return Encoding.UTF8.GetString(line[start..(int)reader.BytesConsumed]);
    }

    /// <summary>
    /// The string the current JSON string token denotes. Unlike <see cref="Utf8JsonReader.GetString"/>, an
    /// escaped lone surrogate (<c>\udc00</c>, which some writers emit for broken text) is kept as the UTF-16
    /// code unit it names, and bytes that are not UTF-8 become U+FFFD, so that any line can be read.
    /// </summary>
    private static string ReadString(ref Utf8JsonReader reader)
    {
        var raw = reader.ValueSpan;
        if (!reader.ValueIsEscaped)
        {
            return Encoding.UTF8.GetString(raw);
        }

        // Unescaping never lengthens: each byte gives at most one UTF-16 code unit.
        char[] buffer = ArrayPool<char>.Shared.Rent(raw.Length);
        try
        {
            return new string(buffer, 0, Unescape(raw, buffer));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Unescapes <paramref name="raw"/>, whose escapes the reader has checked, into <paramref name="destination"/>; returns the length.</summary>
    internal static int Unescape(ReadOnlySpan<byte> raw, Span<char> destination)
    {
        int length = 0;
        while (true)
        {
            // A backslash is ASCII, so the plain run before it never splits a UTF-8 sequence.
            int backslash = raw.IndexOf((byte)'\\');
            length += Encoding.UTF8.GetChars(backslash < 0 ? raw : raw[..backslash], destination[length..]);
            if (backslash < 0)
            {
                return length;
            }

            byte kind = raw[backslash + 1];
            if (kind == (byte)'u')
            {
                destination[length++] = (char)((Hex(raw[backslash + 2]) << 12) | (Hex(raw[backslash + 3]) << 8)
                    | (Hex(raw[backslash + 4]) << 4) | Hex(raw[backslash + 5]));
                raw = raw[(backslash + 6)..];
                continue;
            }

            destination[length++] = kind switch
            {
                (byte)'b' => '\b',
                (byte)'f' => '\f',
                (byte)'n' => '\n',
                (byte)'r' => '\r',
                (byte)'t' => '\t',
                _ => (char)kind, // \" \\ \/
            };
            raw = raw[(backslash + 2)..];
        }
    }

    private static int Hex(byte digit) => digit <= '9' ? digit - '0' : (digit | 0x20) - 'a' + 10;
}
