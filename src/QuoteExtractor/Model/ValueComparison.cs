namespace QuoteExtraction;

/// <summary>
/// The value equality of the result records: their lists compare element by element, because two calls
/// on the same text build equal lists in different instances.
/// </summary>
internal static class ValueComparison
{
    /// <summary>True when both lists hold equal elements in the same order.</summary>
    /// <remarks>A loop over the indexer: no enumerator is allocated, as LINQ's <c>SequenceEqual</c> would.</remarks>
    public static bool SequenceEqual<T>(IReadOnlyList<T> first, IReadOnlyList<T> second)
    {
        if (ReferenceEquals(first, second))
        {
            return true;
        }

        if (first.Count != second.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < first.Count; i++)
        {
            if (!comparer.Equals(first[i], second[i]))
            {
                return false;
            }
        }

        return true;
    }
}
