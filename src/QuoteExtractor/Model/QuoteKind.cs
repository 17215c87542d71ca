namespace QuoteExtraction;

/// <summary>What kind of quoted text a <see cref="Quote"/> is.</summary>
public enum QuoteKind : byte
{
    /// <summary>A whole sentence or more in quotation marks.</summary>
    Direct,

    /// <summary>A fragment in quotation marks embedded in the writer's own sentence (<c>threatened … with “unprecedented” sanctions</c>).</summary>
    Partial,

    /// <summary>Quoted text that is not speech: a title of a work, a nickname, a scare quote, a word cited as a word. Returned only when <see cref="QuoteExtractorOptions.IncludeNonSpeech"/> is set.</summary>
    NonSpeech,

    /// <summary>
    /// Reported speech, with no quotation marks: the content clause of <c>Jane Roe said that the talks would go on</c>
    /// (the complementizer kept), of <c>According to Jane Roe, …</c> or <c>…, Jane Roe said.</c>. A clause that holds a
    /// quotation mark gives none (<c>She said the plan was “dead on arrival.”</c> gives the partial quote alone).
    /// Returned unless <see cref="QuoteExtractorOptions.IncludeIndirect"/> is off.
    /// </summary>
    Indirect,
}
