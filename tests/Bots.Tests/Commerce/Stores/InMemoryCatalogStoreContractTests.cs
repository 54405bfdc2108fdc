using Conversational.Bots.Commerce.Stores;

namespace Conversational.Bots.Tests.Commerce.Stores;

/// <summary>The catalog store contract on <see cref="InMemoryCatalogStore"/>.</summary>
public sealed class InMemoryCatalogStoreContractTests : CatalogStoreContractTests
{
    protected override ICatalogStore Create() => new InMemoryCatalogStore();
}
