using CsCheck;

namespace QuoteExtraction.Tests.Properties;

/// <summary>The two kinds of generated input: raw strings and article-like text.</summary>
public enum TextKind
{
    /// <summary>Any string, drawn from an alphabet weighted toward the characters that are hard to handle.</summary>
    Raw,

    /// <summary>Paragraphs of English or French news sentences with attributed quotes of every layout.</summary>
    Article,
}

/// <summary>CsCheck generators of text for the property tests.</summary>
internal static class TextGenerators
{
    /// <summary>Every quotation mark, the brackets, ellipses, dashes and apostrophes.</summary>
    private static readonly string[] s_marks =
    [
        "“", "”", "‘", "’", "\"", "'", "«", "»", "‹", "›", "„", "‚", "‟", "‛", "`", "''", "``", "ʼ",
        "[", "]", "(", ")", "{", "}", "…", "...", "—", "–", "-", "--", "―",
    ];

    /// <summary>Code units that break naive text handling: lone surrogates, NUL and controls, every line end and space, invisible and bidirectional characters, combining marks.</summary>
    private static readonly string[] s_hard =
    [
        "\uD83D", "\uDE00", "\uD800", "\uDBFF", "\uDC00", "\uDFFF",
        "\0", "\u0001", "\u0007", "\b", "\t", "\u000B", "\f", "\u001B", "\u001F", "\u007F", "\u0080", "\u009F",
        "\r", "\n", "\r\n", "\n\n", "\u2028", "\u2029", "\u0085",
        " ", " ", " ", "\u00A0", "\u202F", "\u2009", "\u3000", "\u1680",
        "\u200B", "\u200C", "\u200D", "\uFEFF", "\u2060", "\u00AD", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202E", "\u2066", "\u2069",
        "\u0301", "\u0327", "\u20DD", "\uFE0F", "\u20E3", "e\u0301", "\u0301\u0301",
        "א", "ש", "ם", "ا", "م", "ر", "مرحبا", "שלום",
        "😀", "👍🏽", "👨‍👩‍👧", "🇫🇷", "1\uFE0F\u20E3", "\U0001F3FB", "\U000E0067",
        "<p>", "</p>", "<a href=\"x\">", "</a>", "<br/>", "&amp;", "&quot;", "<tweet id=\"1\">", "<p class=\"q\">“",
    ];

    /// <summary>Letters, words and fragments of the patterns the stages look for, including cut-off attribution patterns.</summary>
    private static readonly string[] s_words =
    [
        "a", "b", "X", "Z", "é", "É", "0", "1", "42", "80 000", "1,000.5", "3,5", ".", ",", ";", ":", "!", "?", "?!", "/", "\\", "_", "@", "#", "$", "%", "&",
        "said", "says", "he", "she", "they", "told", "added", "according to", "Mr.", "Mrs.", "Sen.", "Dr.", "U.S.", "J.", "John Smith", "Jane",
        "the minister", "a senior official", ", who", "(D-Mo.)", "n't", "N't", "'s", "don't", "students'", "O'Neill", "’90s", "rock ’n’ roll",
        "l'", "qu'", "jusqu'", "aujourd'hui", "-t-il", "-elle", "a-t-il", "dit-elle", "a déclaré", "selon", "d'après", "M.", "Mme", "il", "elle", "on",
        "[…]", "[...]", "(...)", "(…)", "[sic]", "[the minister]", "http://x.y/z", "www.example.org", "a@b.c", "#tag", "@AFP", ":-)", "<3",
        "WALLACE:", "\"PENCE:", "“We won,” John Smith", "“We won,” said", "John Smith said: “", "« Nous », a-t-il", "said, “", "according to “",
    ];

    private static readonly string[] s_firstNames = ["Sergei", "Jane", "Marie", "Jean-Luc", "Angela", "Tim", "Aïcha", "Dmitri", "Emmanuel", "Ursula"];

    private static readonly string[] s_surnames = ["Ryabkov", "Doe", "Dubois", "Martin", "Merkel", "Cook", "Ben Salah", "Peskov", "O'Neill", "von der Leyen"];

    private static readonly string[] s_englishTitles =
        ["Deputy Foreign Minister", "Sen.", "Kremlin spokesman", "Mr.", "Mrs.", "Dr.", "the company's chief executive,", "Russian Foreign Minister"];

    private static readonly string[] s_frenchTitles =
        ["le porte-parole du Kremlin,", "la ministre de la Santé,", "M.", "Mme", "le vice-ministre russe", "le chef de la diplomatie européenne,"];

    private static readonly string[] s_englishDescriptions = ["the minister", "a senior official", "several Western officials", "the Kremlin", "the report", "a spokeswoman"];

    private static readonly string[] s_frenchDescriptions = ["le ministre", "un passant", "la ministre", "le Kremlin", "l'Otan", "un haut responsable"];

    private static readonly string[] s_englishVerbs = ["said", "told reporters", "added", "warned", "insisted", "asked", "wrote", "explained"];

    private static readonly string[] s_frenchVerbs = ["a déclaré", "a ajouté", "affirme", "a lancé", "a expliqué", "estime", "a insisté", "répond"];

    private static readonly string[] s_frenchInverted = ["a-t-il ajouté", "dit-elle", "a-t-elle déclaré", "a-t-il insisté", "poursuit-il", "explique-t-elle"];

    private static readonly string[] s_englishPronouns = ["he", "she", "they"];

    private static readonly string[] s_englishSpeech =
    [
        "We will not back down", "Nothing has changed since Tuesday", "This is absolutely unlikely", "I don't think so",
        "The U.S. and its allies must act now", "It's the students' decision, not ours", "We tried and we failed", "Why would we?",
    ];

    private static readonly string[] s_frenchSpeech =
    [
        "Nous ne reculerons pas", "Rien n'est décidé aujourd'hui", "C'est-à-dire que l'on attend", "Je ne démissionnerai pas",
        "Il faut agir maintenant", "Qu'en pensez-vous", "La situation est grave", "Jusqu'à nouvel ordre, rien ne change",
    ];

    private static readonly string[] s_narration =
    [
        "The talks ended on Tuesday in Geneva.", "Officials met for three hours.", "Les négociations ont repris mardi à Genève.",
        "The vote is expected on Jan. 5 at 10:30 a.m.", "Le texte sera examiné le 3 mars.", "Shares fell 3.5% in early trading.",
    ];

    /// <summary>Opening and closing marks of every style a quote is written in, French spaces included.</summary>
    private static readonly (string Open, string Close)[] s_quoteStyles =
    [
        ("“", "”"), ("\"", "\""), ("‘", "’"), ("« ", " »"), ("«\u00A0", "\u00A0»"), ("«\u202F", "\u202F»"), ("«", "»"), ("„", "“"), ("‹", "›"), ("''", "''"), ("``", "''"),
    ];

    /// <summary>Inner marks for a nested quote, a different family from most outer ones.</summary>
    private static readonly (string Open, string Close)[] s_nestedStyles = [("‘", "’"), ("“", "”"), ("'", "'"), ("« ", " »"), ("\"", "\"")];

    private static readonly string[] s_paragraphBreaks = ["\n\n", "\n", "\r\n\r\n", "\r\n", "\r\r", "\u2029", "\u2028\u2028", "\n \n", "\n\u00A0\n"];

    /// <summary>Raw strings: up to 80 pieces, most of them hard characters, marks or word fragments, some any UTF-16 code unit at all.</summary>
    public static Gen<string> Raw { get; } =
        Gen.Frequency(
                (6, Gen.OneOf(s_marks)),
                (6, Gen.OneOf(s_hard)),
                (5, Gen.OneOf(s_words)),
                (2, Gen.Char.Select(c => c.ToString())),
                (1, Gen.Char['\uD800', '\uDFFF'].Select(c => c.ToString())))
            .Array[0, 80]
            .Select(string.Concat);

    /// <summary>Article-like text: one to six paragraphs of English or French sentences, quotes in every layout, now and then a hard character.</summary>
    public static Gen<string> Article { get; } =
        Gen.Bool.SelectMany(french =>
            Gen.Select(Paragraph(french).Array[1, 6], Gen.OneOf(s_paragraphBreaks).Array[6], (paragraphs, breaks) =>
                string.Concat(paragraphs.Select((p, i) => i == 0 ? p : breaks[i % breaks.Length] + p))));

    /// <summary>The generator for <paramref name="kind"/>.</summary>
    /// <param name="kind">Raw strings or article-like text.</param>
    /// <returns>The generator.</returns>
    public static Gen<string> For(TextKind kind) => kind == TextKind.Raw ? Raw : Article;

    private static Gen<string> Paragraph(bool french) =>
        Gen.Frequency(
                (8, french ? FrenchSentence : EnglishSentence),
                (2, french ? EnglishSentence : FrenchSentence),
                (3, Gen.OneOf(s_narration)),
                (1, Gen.OneOf(s_hard)),
                (1, Gen.OneOf(s_marks)))
            .Array[1, 5]
            .Select(sentences => string.Join(" ", sentences));

    private static Gen<string> Name { get; } =
        Gen.Select(Gen.OneOf(s_firstNames), Gen.OneOf(s_surnames), (first, last) => first + " " + last);

    private static Gen<string> EnglishSpeaker { get; } =
        Gen.Frequency(
            (3, Name),
            (2, Gen.Select(Gen.OneOf(s_englishTitles), Name, (title, name) => title + " " + name)),
            (2, Gen.OneOf(s_englishDescriptions)),
            (1, Gen.OneOf(s_surnames)));

    private static Gen<string> FrenchSpeaker { get; } =
        Gen.Frequency(
            (3, Name),
            (2, Gen.Select(Gen.OneOf(s_frenchTitles), Name, (title, name) => title + " " + name)),
            (2, Gen.OneOf(s_frenchDescriptions)));

    /// <summary>Quoted words, now and then with a nested quote, an elision or an insertion inside.</summary>
    private static Gen<string> Speech(string[] sentences) =>
        Gen.Select(Gen.OneOf(sentences), Gen.OneOf(sentences), Gen.Int[0, 7], Gen.OneOf(s_nestedStyles), (first, second, shape, nested) => shape switch
        {
            0 => first + ". " + second,
            1 => first + ", " + nested.Open + second.ToLowerInvariant() + nested.Close + " " + first.ToLowerInvariant(),
            2 => first + " […] " + second.ToLowerInvariant(),
            3 => first + " [sic] (...) " + second.ToLowerInvariant(),
            4 => first + " [the minister] " + second.ToLowerInvariant(),
            _ => first,
        });

    /// <summary>A quote in one of the mark styles; about one in twelve is left unclosed.</summary>
    private static Gen<string> Quoted(string[] sentences, string closingPunctuation) =>
        Gen.Select(Speech(sentences), Gen.OneOf(s_quoteStyles), Gen.Int[0, 11], (speech, style, unclosed) =>
            style.Open + speech + closingPunctuation + (unclosed == 0 ? "" : style.Close));

    private static Gen<string> EnglishSentence { get; } =
        Gen.Select(Quoted(s_englishSpeech, ","), Quoted(s_englishSpeech, "."), EnglishSpeaker, Gen.OneOf(s_englishVerbs), Gen.OneOf(s_englishPronouns), Gen.Int[0, 7],
            (quoteComma, quoteStop, speaker, verb, pronoun, template) => template switch
            {
                0 => $"{quoteComma} {speaker} {verb}.",
                1 => $"{quoteComma} {verb} {speaker}.",
                2 => $"{speaker} {verb}: {quoteStop}",
                3 => $"According to {speaker}, {quoteStop}",
                4 => $"{quoteComma} {pronoun} said. {quoteStop}",
                5 => $"{speaker} {verb} the plan was {Fragment(quoteStop)}.",
                6 => $"{quoteComma}\n\n{quoteStop} {speaker} {verb}.",
                _ => $"{speaker}, who {verb} on Monday, {verb} {quoteStop}",
            });

    private static Gen<string> FrenchSentence { get; } =
        Gen.Select(Quoted(s_frenchSpeech, ""), Quoted(s_frenchSpeech, "."), FrenchSpeaker, Gen.OneOf(s_frenchVerbs), Gen.OneOf(s_frenchInverted), Gen.Int[0, 7],
            (quote, quoteStop, speaker, verb, inverted, template) => template switch
            {
                0 => $"{quote}, {verb} {speaker}.",
                1 => $"{quote}, {inverted}.",
                2 => $"Selon {speaker}, {quote}.",
                3 => $"{speaker} {verb} : {quoteStop}",
                4 => $"« {s_frenchSpeech[0]}, {inverted}. {s_frenchSpeech[1]}. »",
                5 => $"« Vous transportez quelque chose ? demande le douanier. — Rien du tout », répond {speaker}.",
                6 => $"D'après {speaker}, la réforme est {Fragment(quote)}.",
                _ => $"{quote}, lance-t-il à {speaker}. {quoteStop}",
            });

    /// <summary>The first two words of a quote with its marks, as a fragment quoted inside a sentence.</summary>
    private static string Fragment(string quote)
    {
        var words = quote.Split(' ');
        return words.Length > 2 ? string.Join(' ', words.Take(2)) + "”" : quote;
    }
}
