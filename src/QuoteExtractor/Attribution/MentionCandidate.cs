namespace QuoteExtraction.Attribution;

/// <summary>What a mention is made of.</summary>
internal enum MentionType : byte
{
    /// <summary>A proper name, with its title if any (<c>Deputy Foreign Minister Sergei Ryabkov</c>).</summary>
    Name,

    /// <summary>A pronoun (<c>he</c>, <c>they</c>).</summary>
    Pronoun,

    /// <summary>A person described by a role (<c>the minister</c>, <c>a State Department spokesperson</c>).</summary>
    Description,

    /// <summary>Several people (<c>several Western officials</c>).</summary>
    Group,

    /// <summary>An organization or a place (<c>the Kremlin</c>, <c>the State Department</c>).</summary>
    Organization,
}

/// <summary>A phrase that may refer to a speaker, with the parts attribution needs.</summary>
internal sealed class MentionCandidate
{
    /// <summary>Position of this mention in the article's mention list.</summary>
    public int Index { get; set; }

    /// <summary>Index of the first token.</summary>
    public int First { get; set; }

    /// <summary>Index just past the last token.</summary>
    public int End { get; set; }

    /// <summary>Name, pronoun, description, group or organization.</summary>
    public MentionType Type { get; set; }

    /// <summary>The proper-name tokens, <c>[NameFirst, NameEnd)</c>; empty when there is no name.</summary>
    public int NameFirst { get; set; } = -1;

    /// <summary>Index just past the last proper-name token, or -1.</summary>
    public int NameEnd { get; set; } = -1;

    /// <summary>The title tokens before the name or the head noun, <c>[TitleFirst, TitleEnd)</c>; empty when none.</summary>
    public int TitleFirst { get; set; } = -1;

    /// <summary>Index just past the last title token, or -1.</summary>
    public int TitleEnd { get; set; } = -1;

    /// <summary>The role noun of the title (<c>porte-parole</c> in <c>porte-parole du gouvernement</c>), or -1.</summary>
    public int RoleNoun { get; set; } = -1;

    /// <summary>The country or organization stated in the phrase (<c>Russia</c> from <c>Russian</c>).</summary>
    public string? Affiliation { get; set; }

    /// <summary>The gender the phrase tells (first name, honorific, gendered noun or article, pronoun).</summary>
    public Gender Gender { get; set; }

    /// <summary>Whether the phrase evidently names a person (first name, honorific or role noun).</summary>
    public bool IsPerson { get; set; }

    /// <summary>Whether the phrase names several (a group, <c>they</c>).</summary>
    public bool IsPlural { get; set; }

    /// <summary>A relative pronoun (<c>who</c>) that stands for the mention just before it.</summary>
    public bool IsRelative { get; set; }

    /// <summary>An indefinite pronoun (French <c>on</c>): a speaker the text leaves unnamed.</summary>
    public bool IsIndefinite { get; set; }

    /// <summary>Whether the phrase lies inside a quotation: such a mention never speaks that quotation.</summary>
    public bool InsideQuote { get; set; }

    /// <summary>The entity this mention refers to, once resolved; -1 before.</summary>
    public int Entity { get; set; } = -1;

    /// <summary>Whether the phrase has a proper name.</summary>
    public bool HasName => NameFirst >= 0 && NameEnd > NameFirst;

    /// <summary>Sets every field back to that of a new candidate.</summary>
    public void Clear()
    {
        Index = First = End = 0;
        Type = default;
        NameFirst = NameEnd = TitleFirst = TitleEnd = RoleNoun = Entity = -1;
        Affiliation = null;
        Gender = Gender.Unknown;
        IsPerson = IsPlural = IsRelative = IsIndefinite = InsideQuote = false;
    }

    /// <summary>Whether the phrase has a title.</summary>
    public bool HasTitle => TitleFirst >= 0 && TitleEnd > TitleFirst;
}
