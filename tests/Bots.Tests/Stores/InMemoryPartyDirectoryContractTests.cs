using Conversational.Bots.Directory;

namespace Conversational.Bots.Tests.Stores;

/// <summary>The directory contract on <see cref="InMemoryPartyDirectory"/>.</summary>
public sealed class InMemoryPartyDirectoryContractTests : PartyDirectoryContractTests
{
    protected override IPartyDirectory CreateDirectory() => new InMemoryPartyDirectory();
}
