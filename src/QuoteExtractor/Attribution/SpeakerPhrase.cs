using QuoteExtraction.Languages;

namespace QuoteExtraction.Attribution;

/// <summary>
/// A speaker phrase under construction: where its parts lie so far. Each part parser of
/// <see cref="SpeakerPhraseParser"/> reads the word at <see cref="End"/> and, when the word is of its
/// part, adds it here and moves <see cref="End"/> on.
/// </summary>
/// <remarks>A mutable value that lives on the stack only, so that reading a phrase allocates nothing.</remarks>
internal ref struct SpeakerPhrase
{
    /// <summary>A phrase of <paramref name="sentence"/> that starts at token <paramref name="start"/> and holds no word yet.</summary>
    public SpeakerPhrase(int start, Segment sentence)
    {
        Start = start;
        Sentence = sentence;
        AfterDeterminer = start;
        End = start;
    }

    /// <summary>Index of the phrase's first token: its determiner, when it has one.</summary>
    public int Start { get; }

    /// <summary>The sentence the phrase lies in: no part reads past its end.</summary>
    public Segment Sentence { get; }

    /// <summary>Index of the first token past the determiner; <see cref="Start"/> when there is none.</summary>
    public int AfterDeterminer { get; set; }

    /// <summary>Index of the next token to read; once the phrase is read, index just past its last token.</summary>
    public int End { get; set; }

    /// <summary>Whether a part has ended the phrase (a group or source noun, a possessor), so that no later word belongs to it.</summary>
    public bool IsComplete { get; set; }

    /// <summary>The head noun (a role, group or source noun, or a word that names a person without one), or -1.</summary>
    public int Head { get; set; } = -1;

    /// <summary>The first token of the capitalized name read so far, or -1; a later title word may take the run as its affiliation.</summary>
    public int NameFirst { get; set; } = -1;

    /// <summary>The first title token (modifier or role noun), or -1.</summary>
    public int TitleFirst { get; set; } = -1;

    /// <summary>Index just past the last title token, its complement included, or -1.</summary>
    public int TitleEnd { get; set; } = -1;

    /// <summary>The country or organization the phrase states (<c>Russia</c> from <c>Russian</c>); the first one read counts, but a possessive's.</summary>
    public string? Affiliation { get; set; }

    /// <summary>The gender the phrase tells; the first word that tells one counts.</summary>
    public Gender Gender { get; set; }

    /// <summary>Whether an honorific was read (<c>Mr.</c>, <c>Gov.</c>): the phrase names a person.</summary>
    public bool HasHonorific { get; set; }

    /// <summary>Whether the head is a document or a body that speaks (<c>the report</c>, <c>le ministère</c>).</summary>
    public bool IsSource { get; set; }

    /// <summary>The last capitalized nationality or party read as a modifier, or -1: one that ends the phrase may be its head.</summary>
    public int LastNationality { get; set; } = -1;

    /// <summary>Whether the head names a person without being a role noun (<c>the American</c>, <c>said a passer-by</c>).</summary>
    public bool HeadNamesPerson { get; set; }

    /// <summary>Whether the phrase opens with a determiner.</summary>
    public readonly bool HasDeterminer => AfterDeterminer > Start;

    /// <summary>Whether a capitalized name has been read and not taken as an affiliation.</summary>
    public readonly bool HasName => NameFirst >= 0;

    /// <summary>Adds the word at <see cref="End"/> to the end of the title, which starts at its first such word, and moves past it.</summary>
    public void AddTitleWord()
    {
        TitleFirst = TitleFirst < 0 ? End : TitleFirst;
        TitleEnd = ++End;
    }

    /// <summary>Takes the gender <paramref name="tag"/> tells, unless an earlier word told one.</summary>
    public void AddGender(string tag)
    {
        if (Gender == Gender.Unknown)
        {
            Gender = GenderTag.Parse(tag);
        }
    }
}
