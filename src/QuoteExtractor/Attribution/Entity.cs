namespace QuoteExtraction.Attribution;

/// <summary>One person, organization or group, merged over its mentions.</summary>
internal sealed class Entity
{
    /// <summary>Its mentions other than pronouns, in text order.</summary>
    public List<MentionCandidate> Mentions { get; } = [];

    /// <summary>The mention with the fullest name, or the first description.</summary>
    public MentionCandidate Representative { get; set; } = null!;

    /// <summary>The mention with the longest title, or null when none has a title.</summary>
    public MentionCandidate? Titled { get; set; }

    /// <summary>The first affiliation its mentions state (<c>Russia</c>), or null.</summary>
    public string? Affiliation { get; set; }

    /// <summary>Its gender, from the first mention or pronoun that tells it.</summary>
    public Gender Gender { get; set; }

    /// <summary>Whether a mention or a gendered pronoun shows that it is a person.</summary>
    public bool IsPerson { get; set; }

    /// <summary>The entities sharing this one's surname, the latest mentioned last; null when it has no surname.</summary>
    public List<int>? SurnameEntities { get; set; }

    /// <summary>Makes this a new entity with no mentions, represented by <paramref name="representative"/>.</summary>
    public void Reset(MentionCandidate representative)
    {
        Mentions.Clear();
        Representative = representative;
        Titled = null;
        Affiliation = null;
        Gender = Gender.Unknown;
        IsPerson = false;
        SurnameEntities = null;
    }
}
