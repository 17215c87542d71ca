using System.Buffers;
using System.Text;
using QuoteExtraction.Html;

namespace QuoteExtraction.Sample;

/// <summary>
/// One article to process, or the reason an input could not be read as one; <paramref name="Page"/> is the
/// article read from an HTML page, with its title, byline, date and site, whose text is <paramref name="Text"/>.
/// </summary>
internal sealed record InputItem(string? Id, string? Text, string? Error, HtmlArticle? Page = null);

/// <summary>
/// One input as read: an article ready to process (a text file, the demo), or a jsonl line whose JSON is
/// left for <see cref="ToItem"/>, so that the workers, not the reading thread, parse it.
/// </summary>
internal sealed class InputRecord
{
    private readonly InputItem? _item;
    private readonly byte[]? _line;
    private readonly int _length;
    private readonly string _source = "";
    private readonly long _lineNumber;

    /// <summary>A ready article, or an input that failed as a whole.</summary>
    public InputRecord(InputItem item) => _item = item;

    /// <summary>A jsonl line: <paramref name="length"/> bytes of <paramref name="line"/>, a buffer from <see cref="ArrayPool{T}.Shared"/> that <see cref="ToItem"/> returns.</summary>
    public InputRecord(byte[] line, int length, string source, long lineNumber)
    {
        _line = line;
        _length = length;
        _source = source;
        _lineNumber = lineNumber;
    }

    /// <summary>The input's size in bytes (about), to bound how much is held at once.</summary>
    public long Size => _line is null ? _item!.Text?.Length ?? 0 : _length;

    /// <summary>The article or its error; a jsonl line is parsed here, once.</summary>
    public InputItem ToItem()
    {
        if (_line is null)
        {
            return _item!;
        }

        var item = JsonlLine.Parse(_line.AsSpan(0, _length), $"{_source}:{_lineNumber}");
        ArrayPool<byte>.Shared.Return(_line);
        return item;
    }
}

/// <summary>
/// Reads articles from files, standard input or an embedded demo article (<paramref name="demo"/>:
/// <c>en</c> or <c>fr</c>), as text or jsonl. A jsonl input is read as UTF-8 bytes, one line at a time
/// and never whole; a line longer than <paramref name="maxLineBytes"/> gets an error.
/// </summary>
internal sealed class InputReader(IReadOnlyList<string> paths, bool jsonl, Stream? stdin, string demo = "en", int maxLineBytes = InputReader.DefaultMaxLineBytes)
{
    /// <summary>The longest jsonl line read by default, in bytes (32 MiB): a longer one gets an error line.</summary>
    public const int DefaultMaxLineBytes = 32 << 20;

    /// <summary>The languages of the embedded demo articles.</summary>
    public static readonly string[] DemoLanguages = ["en", "fr"];

    /// <summary>The inputs in input order. Throws <see cref="InputException"/> when a file cannot be opened.</summary>
    public IEnumerable<InputRecord> Read()
    {
        if (paths.Count == 0)
        {
            var text = !jsonl && stdin is not null ? ReadAll(stdin, "stdin") : null;
            var lines = jsonl && stdin is not null ? new LineSplitter(stdin, maxLineBytes) : null;
            if (lines is not null && !lines.IsEmpty())
            {
                foreach (var record in ReadLines(lines, "stdin"))
                {
                    yield return record;
                }
            }
            else if (text is { Length: > 0 })
            {
                yield return new InputRecord(new InputItem("stdin", text, null));
            }
            else
            {
                yield return new InputRecord(new InputItem(DemoId(demo), LoadDemoArticle(demo), null));
            }

            yield break;
        }

        foreach (var path in paths.SelectMany(Expand))
        {
            if (path == "-")
            {
                foreach (var record in ReadFrom(stdin ?? Stream.Null, "stdin"))
                {
                    yield return record;
                }

                continue;
            }

            using var stream = Open(path);
            if (IsHtmlFile(path))
            {
                yield return new InputRecord(ReadPage(stream, path));
                continue;
            }

            foreach (var record in ReadFrom(stream, path))
            {
                yield return record;
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
                    : file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || IsHtmlFile(file))
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

    private static FileStream Open(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputException(e is FileNotFoundException or DirectoryNotFoundException
                ? $"no such file: {path}"
                : $"cannot read {path}: {e.Message}");
        }
    }

    /// <summary>Whether <paramref name="path"/> names an HTML file.</summary>
    private static bool IsHtmlFile(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The article of an HTML page, decoded as the page declares; a page without article text is an input
    /// error of its own, so that it is reported rather than passed on as an empty article.
    /// </summary>
    private static InputItem ReadPage(Stream stream, string path)
    {
        HtmlArticle page;
        try
        {
            page = HtmlArticleReader.Read(stream);
        }
        catch (IOException e)
        {
            throw new InputException($"cannot read {path}: {e.Message}");
        }

        return page.Found ? new InputItem(path, page.Text, null, page) : new InputItem(path, null, $"{path}: no article text found");
    }

    /// <summary>A whole text input, decoded as UTF-8 unless a byte order mark says otherwise.</summary>
    private static string ReadAll(Stream stream, string name)
    {
        try
        {
            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
            return reader.ReadToEnd();
        }
        catch (IOException e)
        {
            throw new InputException($"cannot read {name}: {e.Message}");
        }
    }

    private IEnumerable<InputRecord> ReadFrom(Stream stream, string name) =>
        jsonl ? ReadLines(new LineSplitter(stream, maxLineBytes), name) : [new InputRecord(new InputItem(name, ReadAll(stream, name), null))];

    private static IEnumerable<InputRecord> ReadLines(LineSplitter lines, string name)
    {
        long lineNumber = 0;
        while (true)
        {
            byte[]? line;
            int length;
            try
            {
                if (!lines.ReadLine(out line, out length))
                {
                    yield break;
                }
            }
            catch (IOException e)
            {
                throw new InputException($"cannot read {name}: {e.Message}");
            }

            lineNumber++;
            yield return line is null
                ? new InputRecord(new InputItem(null, null, $"{name}:{lineNumber}: the line is longer than the limit of {lines.MaxLineBytes:N0} bytes"))
                : new InputRecord(line, length, name, lineNumber);
        }
    }
}

/// <summary>An input that cannot be read at all; the sample reports it in one line.</summary>
internal sealed class InputException(string message) : Exception(message);
