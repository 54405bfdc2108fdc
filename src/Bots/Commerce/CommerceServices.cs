using Conversational.Bots.Commerce.Orders;
using Conversational.Bots.Commerce.Stores;

namespace Conversational.Bots.Commerce;

/// <summary>What the conversations use to sell: the catalog, orders, the advisors' desk, the cart timers, the order desk and
/// the settings.</summary>
public sealed record CommerceServices(
    ICatalogStore Catalog, IOrderStore Orders, IAdvisorDesk Desk, ICartTimers Timers, OrderDesk OrderDesk, CommerceSettings Settings);
