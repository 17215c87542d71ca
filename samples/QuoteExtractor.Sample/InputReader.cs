using System.Text.Json;

namespace QuoteExtraction.Sample;

/// <summary>One article to process, or the reason an input line could not be read as one.</summary>
internal sealed record InputItem(string? Id, string? Text, string? Error);

/// <summary>
/// Reads articles from files, standard input or an embedded demo article (<paramref name="demo"/>:
/// <c>en</c> or <c>fr</c>), as text or jsonl.
/// </summary>
internal sealed class InputReader(IReadOnlyList<string> paths, bool jsonl, TextReader? stdin, string demo = "en")
{
    /// <summary>The languages of the embedded demo articles.</summary>
    public static readonly string[] DemoLanguages = ["en", "fr"];

    /// <summary>The articles in input order. Throws <see cref="InputException"/> when a file cannot be opened.</summary>
    public IEnumerable<InputItem> Read()
    {
        if (paths.Count == 0)
        {
            if (stdin is not null && stdin.Peek() >= 0)
            {
                foreach (var item in ReadFrom(stdin, "stdin"))
                {
                    yield return item;
                }
            }
            else
            {
                yield return new InputItem(DemoId(demo), LoadDemoArticle(demo), null);
            }

            yield break;
        }

        foreach (var path in paths.SelectMany(Expand))
        {
            if (path == "-")
            {
                foreach (var item in ReadFrom(stdin ?? TextReader.Null, "stdin"))
                {
                    yield return item;
                }

                continue;
            }

            using var reader = Open(path);
            if (HtmlArticle.IsHtmlFile(path))
            {
                yield return ReadHtml(reader, path);
                continue;
            }

            foreach (var item in ReadFrom(reader, path))
            {
                yield return item;
            }
        }
    }

    /// <summary>
    /// The files a command-line path stands for: itself, the article files of a folder (<c>.txt</c>,
    /// <c>.html</c>, <c>.htm</c>, and <c>.jsonl</c> in jsonl mode, in name order, subfolders included), or
    /// the files matching a glob (<c>news/*.txt</c>, <c>**/*.html</c>). A glob that matches nothing is an error.
    /// </summary>
    private IEnumerable<string> Expand(string path)
    {
        if (path == "-")
        {
            return [path];
        }

        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(file => jsonl ? file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)
                    : file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || HtmlArticle.IsHtmlFile(file))
                .Order(StringComparer.Ordinal);
        }

        if (path.AsSpan().IndexOfAny('*', '?') < 0)
        {
            return [path];
        }

        // A glob: the part before its first wildcard segment is the folder to search from.
        var full = Path.GetFullPath(path);
        int wildcard = full.AsSpan().IndexOfAny('*', '?');
        int root = full.LastIndexOf(Path.DirectorySeparatorChar, wildcard);
        var baseDirectory = root <= 0 ? Path.GetPathRoot(full)! : full[..root];
        var matcher = new Microsoft.Extensions.FileSystemGlobbing.Matcher(StringComparison.Ordinal);
        matcher.AddInclude(full[(root + 1)..]);
        var files = matcher.Execute(new Microsoft.Extensions.FileSystemGlobbing.Abstractions.DirectoryInfoWrapper(new DirectoryInfo(baseDirectory)))
            .Files.Select(match => Path.GetFullPath(Path.Combine(baseDirectory, match.Path))).Order(StringComparer.Ordinal).ToList();
        return files.Count > 0 ? files : throw new InputException($"no file matches {path}");
    }

    private static InputItem ReadHtml(StreamReader reader, string path)
    {
        try
        {
            return new InputItem(path, HtmlArticle.Extract(reader.ReadToEnd()), null);
        }
        catch (IOException e)
        {
            throw new InputException($"cannot read {path}: {e.Message}");
        }
    }

    /// <summary>The id the demo article in <paramref name="language"/> is reported under.</summary>
    public static string DemoId(string language) => $"article-{language}";

    /// <summary>The embedded demo article in <paramref name="language"/> (<c>en</c>, the seed article, or <c>fr</c>).</summary>
    public static string LoadDemoArticle(string language = "en")
    {
        using var stream = typeof(InputReader).Assembly.GetManifestResourceStream($"QuoteExtraction.Sample.Articles.{DemoId(language)}.txt")
            ?? throw new InvalidOperationException($"The '{language}' demo article is missing from the sample's resources.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static StreamReader Open(string path)
    {
        try
        {
            return new StreamReader(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputException(e is FileNotFoundException or DirectoryNotFoundException
                ? $"no such file: {path}"
                : $"cannot read {path}: {e.Message}");
        }
    }

    private IEnumerable<InputItem> ReadFrom(TextReader reader, string name)
    {
        if (!jsonl)
        {
            yield return new InputItem(name, reader.ReadToEnd(), null);
            yield break;
        }

        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return ParseLine(line, $"{name}:{lineNumber}");
        }
    }

    /// <summary>Reads one jsonl line; a bad line becomes an item with an error, never an exception.</summary>
    private static InputItem ParseLine(string line, string where)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new InputItem(null, null, $"{where}: expected a JSON object");
            }

            string? id = root.TryGetProperty("id", out var idElement)
                ? idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : idElement.GetRawText()
                : null;
            if (!root.TryGetProperty("text", out var textElement))
            {
                return new InputItem(id, null, $"{where}: missing \"text\"");
            }

            if (textElement.ValueKind != JsonValueKind.String)
            {
                return new InputItem(id, null, $"{where}: \"text\" is not a string");
            }

            return new InputItem(id ?? where, textElement.GetString(), null);
        }
        catch (JsonException e)
        {
            return new InputItem(null, null, $"{where}: invalid JSON ({e.Message})");
        }
    }
}

/// <summary>An input that cannot be read at all; the sample reports it in one line.</summary>
internal sealed class InputException(string message) : Exception(message);
