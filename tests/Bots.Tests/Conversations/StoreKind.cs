namespace Conversational.Bots.Tests.Conversations;

/// <summary>Where a test's conversations, directory and ledger live.</summary>
public enum StoreKind
{
    InMemory,
    Redis,
}
