namespace QuoteExtraction;

/// <summary>
/// Who said a quote: one person, organization or group, merged over all its mentions in the article.
/// Compares by value, its <see cref="Mentions"/> element by element, so that two calls on the same text give
/// equal speakers; <see cref="ArticleAnalysis.QuotesOf"/> still tells the speakers of two articles apart.
/// </summary>
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

    /// <summary>True when every property of <paramref name="other"/> is equal, the mentions element by element.</summary>
    /// <param name="other">The speaker to compare with.</param>
    /// <returns>Whether the two speakers are equal.</returns>
    public bool Equals(Speaker? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Kind == other.Kind && Gender == other.Gender
            && Name == other.Name && Title == other.Title && Affiliation == other.Affiliation
            && ValueComparison.SequenceEqual(Mentions, other.Mentions));

    /// <summary>A hash of the speaker's values; the mentions count by their number only, which keeps it cheap.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Name, Title, Affiliation, Kind, Gender, Mentions.Count);

    /// <summary>The speaker on one line: name, title and affiliation when known, kind and number of mentions.</summary>
    /// <returns>For example <c>Sergei Ryabkov, Deputy Foreign Minister, Russia (Person, 3 mentions)</c>.</returns>
    public override string ToString()
    {
        var title = Title is null ? string.Empty : $", {Title}";
        var affiliation = Affiliation is null ? string.Empty : $", {Affiliation}";
        return $"{Name}{title}{affiliation} ({Kind}, {Mentions.Count} mention{(Mentions.Count == 1 ? "" : "s")})";
    }
}
