namespace QuoteExtraction;

/// <summary>The typographic family of a quotation mark token.</summary>
public enum QuoteMarkFamily : byte
{
    /// <summary>Not a quotation mark.</summary>
    None,

    /// <summary>Curly double marks “ ”.</summary>
    CurlyDouble,

    /// <summary>Curly single marks ‘ ’.</summary>
    CurlySingle,

    /// <summary>Guillemets « ».</summary>
    Guillemet,

    /// <summary>Single guillemets ‹ ›.</summary>
    SingleGuillemet,

    /// <summary>The low double mark „ (German and Polish openers).</summary>
    LowDouble,

    /// <summary>The low single mark ‚.</summary>
    LowSingle,

    /// <summary>The straight double mark ".</summary>
    StraightDouble,

    /// <summary>The straight single mark ' used as a quotation mark.</summary>
    StraightSingle,

    /// <summary>Two apostrophes or two backticks used as a double mark (<c>''</c>, <c>``</c>).</summary>
    DoubleApostrophe,
}
