namespace QuoteExtraction.Tokenization;

/// <summary>
/// A clitic that a word may end with after an apostrophe, marked inside the word's token (English <c>n't</c>,
/// <c>'s</c>, <c>'re</c>); a language lists its clitics in its profile, from its contraction list.
/// </summary>
/// <param name="Lead">The letters of the clitic before its apostrophe (the <c>n</c> of <c>n't</c>), most often none.</param>
/// <param name="Ending">The letters of the clitic after its apostrophe.</param>
/// <param name="Flags">
/// The flags it gives its word: <see cref="TokenFlags.Contraction"/>, with <see cref="TokenFlags.Negation"/> for a
/// negation, or <see cref="TokenFlags.Possessive"/>, which stands for a contraction after a contraction stem (<c>it's</c>).
/// </param>
internal readonly record struct ContractionClitic(string Lead, string Ending, TokenFlags Flags);
