using QuoteExtraction.Lexicons;

namespace QuoteExtraction.Languages;

/// <summary>
/// Where one language's word lists and settings come from: for the languages of the package, the files
/// embedded from <c>Lexicons/Data</c> (<c>{list}.{code}.txt</c> and the settings in
/// <c>profile.{code}.txt</c>); for a test, lists given in code. A list a language does not have is empty.
/// </summary>
internal sealed class LanguageData
{
    /// <summary>The list of settings: one setting a line, its value after a tab.</summary>
    private const string SettingsList = "profile";

    private readonly Func<string, IEnumerable<string>?> _lines;
    private readonly Lexicon _settings;

    /// <summary>The data of the language <paramref name="code"/>, whose list <c>{list}.{code}</c> has the lines <paramref name="lines"/> gives (null for none).</summary>
    public LanguageData(string code, Func<string, IEnumerable<string>?> lines)
    {
        Code = code;
        _lines = lines;
        _settings = List(SettingsList, ignoreCase: false);
    }

    /// <summary>The language's code, which names its files (<c>en</c>).</summary>
    public string Code { get; }

    /// <summary>The data embedded in the package for the language <paramref name="code"/>.</summary>
    public static LanguageData Embedded(string code) => new(code, Lexicon.EmbeddedLines);

    /// <summary>The word list <paramref name="name"/> of the language; empty when it has none.</summary>
    public Lexicon List(string name, bool ignoreCase) => _lines($"{name}.{Code}") is { } lines ? Lexicon.Parse(lines, ignoreCase) : Lexicon.Empty;

    /// <summary>The phrases of list <paramref name="name"/>, each as its words (<c>according to</c>).</summary>
    public string[][] Phrases(string name) =>
        [.. List(name, ignoreCase: true).Entries.Keys.Select(phrase => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    /// <summary>The value of setting <paramref name="key"/>, or null when the language does not set it.</summary>
    public string? Setting(string key) => _settings.TagOf(key) is { Length: > 0 } value ? value : null;

    /// <summary>Whether the switch <paramref name="key"/> is on (<c>yes</c>); a switch the language does not set is off.</summary>
    public bool Switch(string key) => Setting(key) switch
    {
        null or "no" => false,
        "yes" => true,
        var value => throw new InvalidDataException($"The setting '{key}' of language '{Code}' is '{value}'; it must be 'yes' or 'no'."),
    };
}
