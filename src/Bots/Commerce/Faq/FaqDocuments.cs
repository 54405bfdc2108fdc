namespace Conversational.Bots.Commerce.Faq;

/// <summary>What a BM25 document is when entries are scored.</summary>
internal enum FaqDocuments
{
    /// <summary>Each question is a document; an entry scores as its best question.</summary>
    BestQuestion,

    /// <summary>An entry's questions together are one document.</summary>
    AllQuestions,

    /// <summary>The mean of the two scores above: the best of the measured three (docs/benchmarks.md).</summary>
    Blend,
}
