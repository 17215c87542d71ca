namespace QuoteExtraction;

/// <summary>Settings of a <see cref="QuoteExtractor"/>. Immutable: derive variants with <c>with</c>.</summary>
public sealed record QuoteExtractorOptions
{
    /// <summary>The default settings: language detected per article, speech quotes only.</summary>
    public static QuoteExtractorOptions Default { get; } = new();

    /// <summary>The language profile to use, or <see cref="Language.Auto"/> (the default) to detect it per article.</summary>
    public Language Language { get; init; } = Language.Auto;

    /// <summary>Also return quoted text that is not speech (titles of works, nicknames, scare quotes) with kind <see cref="QuoteKind.NonSpeech"/>. Off by default.</summary>
    public bool IncludeNonSpeech { get; init; }

    /// <summary>Also return reported speech without quotation marks (<c>Jane Roe said that …</c>) with kind <see cref="QuoteKind.Indirect"/>. On by default.</summary>
    public bool IncludeIndirect { get; init; } = true;

    /// <summary>Attributions less sure than this (0 to 1) leave <see cref="Quote.Speaker"/> null. Default 0.5.</summary>
    public double MinimumConfidence { get; init; } = 0.5;

    /// <summary>The longest text accepted, in UTF-16 code units; a longer one gets an <see cref="ArgumentException"/>. Default 10,000,000.</summary>
    public int MaxInputLength { get; init; } = 10_000_000;

    /// <summary>Throws when a setting is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When a setting is out of range.</exception>
    internal void Validate()
    {
        if (!Enum.IsDefined(Language))
        {
            throw new ArgumentOutOfRangeException(nameof(Language), Language, "Unknown language.");
        }

        if (double.IsNaN(MinimumConfidence) || MinimumConfidence is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumConfidence), MinimumConfidence, "The minimum confidence must be between 0 and 1.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxInputLength, nameof(MaxInputLength));
    }
}
