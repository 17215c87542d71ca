namespace QuoteExtraction.Attribution;

/// <summary>How prominent a mention is in its sentence, which decides how readily a pronoun takes it up.</summary>
internal enum Salience : byte
{
    /// <summary>Neither a subject nor a speaker: an object, a complement, a name a preposition governs.</summary>
    None,

    /// <summary>A sentence's subject, the first person named in its paragraph, or a passive's agent.</summary>
    Salient,

    /// <summary>A speaker: it speaks a quote already, or is the subject of a speech verb.</summary>
    Speaker,
}
