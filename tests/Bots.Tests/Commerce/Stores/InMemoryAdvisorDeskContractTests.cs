using Conversational.Bots.Commerce.Stores;

namespace Conversational.Bots.Tests.Commerce.Stores;

/// <summary>The advisor desk contract on <see cref="InMemoryAdvisorDesk"/>.</summary>
public sealed class InMemoryAdvisorDeskContractTests : AdvisorDeskContractTests
{
    protected override IAdvisorDesk Create() => new InMemoryAdvisorDesk();
}
