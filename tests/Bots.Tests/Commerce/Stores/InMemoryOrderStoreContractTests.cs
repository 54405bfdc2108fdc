using Conversational.Bots.Commerce.Stores;

namespace Conversational.Bots.Tests.Commerce.Stores;

/// <summary>The order store contract on <see cref="InMemoryOrderStore"/>.</summary>
public sealed class InMemoryOrderStoreContractTests : OrderStoreContractTests
{
    protected override IOrderStore Create() => new InMemoryOrderStore();
}
