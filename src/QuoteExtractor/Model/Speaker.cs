namespace QuoteExtraction;

/// <summary>Who said a quote: one person, organization or group, merged over all its mentions in the article.</summary>
public sealed record Speaker
{
    /// <summary>The fullest name seen in the article (<c>Sergei Ryabkov</c>), or the description when there is no name (<c>a senior official</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The speaker's title or role (<c>Deputy Foreign Minister</c>), or null.</summary>
    public string? Title { get; init; }

    /// <summary>The country or organization the speaker belongs to when stated (<c>Russia</c>, <c>the White House</c>), or null.</summary>
    public string? Affiliation { get; init; }

    /// <summary>Person, organization, group or unknown.</summary>
    public SpeakerKind Kind { get; init; }

    /// <summary>The speaker's gender when the text tells it.</summary>
    public Gender Gender { get; init; }

    /// <summary>Every mention of the speaker in the article.</summary>
    public IReadOnlyList<Mention> Mentions { get; init; } = [];
}
