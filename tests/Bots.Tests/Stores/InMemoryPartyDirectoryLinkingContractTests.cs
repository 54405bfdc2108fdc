using Conversational.Bots.Directory;

namespace Conversational.Bots.Tests.Stores;

/// <summary>The linking contract on <see cref="InMemoryPartyDirectory"/>.</summary>
public sealed class InMemoryPartyDirectoryLinkingContractTests : PartyDirectoryLinkingContractTests
{
    protected override IPartyDirectory CreateDirectory() => new InMemoryPartyDirectory();
}
