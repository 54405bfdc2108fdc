// Not the folder's Conversational.Bots.Tests.Commerce.Faq: a namespace named Faq there would hide the Faq(...)
// sample builder that the commerce store tests call unqualified.
#pragma warning disable IDE0130
namespace Conversational.Bots.Tests.Commerce.FaqMatching;
#pragma warning restore IDE0130

/// <summary>A customer's question and the id of the entry that answers it (null: none does).</summary>
internal sealed record FaqCase(string Language, string? Expected, string Question)
{
    public override string ToString() => $"[{Language}] {Question} → {Expected ?? "(none)"}";
}
