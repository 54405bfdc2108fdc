using Conversational.Bots.Commerce;
using Conversational.Bots.Commerce.Orders;
using Conversational.Bots.Commerce.Stores;
using Conversational.Bots.Conversations;
using Conversational.Bots.Conversations.Stores;
using Conversational.Bots.Directory;
using Conversational.Commands;
using Conversational.Wallet;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Conversational.Bots.Hosting;

/// <summary>
/// The conversation engine in the host: its settings (the <c>Conversations</c> section), where conversations and
/// the directory live (Redis when <c>ConnectionStrings:Redis</c> is set, else memory), and the settler of
/// transfers whose outcome was unknown.
/// </summary>
internal static class ConversationHosting
{
    public static IServiceCollection AddConversations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ConversationSettings>().BindConfiguration(ConversationSettings.Section)
            .Validate(s => s.ConfirmAbove >= 0, "Conversations:ConfirmAbove must be zero or more.")
            .Validate(s => s.ConfirmationMinutes is > 0 and <= 24 * 60, "Conversations:ConfirmationMinutes must be 1 to 1440.")
            .Validate(s => s.HistoryPageSize is > 0 and <= 20, "Conversations:HistoryPageSize must be 1 to 20.")
            .ValidateOnStart();
        if (configuration.GetConnectionString(WalletHosting.RedisConnectionString) is { Length: > 0 })
        {
            services.AddSingleton<IConversationStore>(sp => new RedisConversationStore(
                sp.GetRequiredService<IConnectionMultiplexer>(), sp.GetRequiredService<TimeProvider>()));
            services.AddSingleton<IPartyDirectory>(sp => new RedisPartyDirectory(sp.GetRequiredService<IConnectionMultiplexer>()));
        }
        else
        {
            services.AddSingleton<IConversationStore>(sp => new InMemoryConversationStore(sp.GetRequiredService<TimeProvider>()));
            services.AddSingleton<IPartyDirectory, InMemoryPartyDirectory>();
        }
        services.AddOptions<CommerceSettings>().BindConfiguration(CommerceSettings.Section)
            .Validate(s => s.HasValidKeywordLimit(),
                "Commerce:KeywordConfirmAbove must be an amount such as 3.00.")
            .Validate(s => s.MaxQuantity is > 0 and <= 999, "Commerce:MaxQuantity must be 1 to 999.")
            .Validate(s => s.ListSize is > 0 and <= 10, "Commerce:ListSize must be 1 to 10.")
            .Validate(s => s.ReminderMinutes > 0 && s.ReminderMinutes < s.CartExpiryHours * 60,
                "Commerce:ReminderMinutes must be positive and shorter than Commerce:CartExpiryHours.")
            .Validate(s => s.QuietFromHour is >= 0 and < 24 && s.QuietUntilHour is >= 0 and < 24, "Commerce:Quiet*Hour must be 0 to 23.")
            .Validate(s => TimeZoneInfo.TryFindSystemTimeZoneById(s.DefaultTimeZone, out _), "Commerce:DefaultTimeZone must be an IANA time zone.")
            .ValidateOnStart();
        services.AddSingleton(sp => new CommerceServices(
            sp.GetRequiredService<ICatalogStore>(),
            sp.GetRequiredService<IOrderStore>(),
            sp.GetRequiredService<IAdvisorDesk>(),
            sp.GetRequiredService<ICartTimers>(),
            sp.GetRequiredService<OrderDesk>(),
            sp.GetRequiredService<IOptions<CommerceSettings>>().Value));
        services.AddSingleton(sp => new ConversationServices(
            sp.GetRequiredService<IConversationStore>(),
            sp.GetRequiredService<IPartyDirectory>(),
            sp.GetRequiredService<WalletService>(),
            sp.GetRequiredService<ParseContext>(),
            sp.GetRequiredService<IOptions<ConversationSettings>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<CommerceServices>(),
            ChannelHosting.ChannelsOn(sp)));
        services.AddSingleton<ConversationEngine>();
        services.AddSingleton<ChatOptOuts>();
        services.AddHostedService<UnsettledTransferService>();
        services.AddHostedService<CartTimerService>();
        return services;
    }
}
