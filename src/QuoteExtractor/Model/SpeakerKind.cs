namespace QuoteExtraction;

/// <summary>What sort of entity a <see cref="Speaker"/> is.</summary>
public enum SpeakerKind : byte
{
    /// <summary>Not known.</summary>
    Unknown,

    /// <summary>One person, named or not.</summary>
    Person,

    /// <summary>An organization or a place speaking for one (<c>the Kremlin</c>, <c>Moscow</c>).</summary>
    Organization,

    /// <summary>Several people (<c>several Western officials</c>).</summary>
    Group,
}
