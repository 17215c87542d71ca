namespace QuoteExtraction;

/// <summary>Whether a quotation mark opens or closes a quotation, as decided from its neighbours.</summary>
public enum QuoteMarkRole : byte
{
    /// <summary>Not a quotation mark.</summary>
    None,

    /// <summary>Opens a quotation: space or an opening bracket before it, text after it.</summary>
    Opening,

    /// <summary>Closes a quotation: text before it, space or punctuation after it.</summary>
    Closing,

    /// <summary>A straight mark whose neighbours do not tell; the quote scanner decides from pairing.</summary>
    Undecided,
}
