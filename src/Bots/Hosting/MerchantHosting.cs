using Conversational.Bots.Commerce.Orders;
using Conversational.Bots.Merchants;

namespace Conversational.Bots.Hosting;

/// <summary>
/// The merchants' side in the host: the order desk (status changes with their money, points and notices) and the
/// filter of the merchant API. The stores come from <c>AddCommerceStores</c>; the endpoints from <c>MapMerchants</c>.
/// </summary>
internal static class MerchantHosting
{
    public static IServiceCollection AddMerchants(this IServiceCollection services)
    {
        services.AddSingleton<OrderDesk>();
        services.AddSingleton<MerchantKeyFilter>();
        return services;
    }
}
