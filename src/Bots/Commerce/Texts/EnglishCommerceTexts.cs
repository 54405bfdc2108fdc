using System.Globalization;
using Conversational.Bots.Commerce.Catalog;
using Conversational.Bots.Commerce.Orders;
using Conversational.Bots.Conversations.Texts;
using Conversational.Wallet;

namespace Conversational.Bots.Commerce.Texts;

/// <summary>The commerce conversations in English.</summary>
public sealed class EnglishCommerceTexts : CommerceTexts
{
    public static readonly EnglishCommerceTexts Instance = new();

    private EnglishCommerceTexts()
        : base(EnglishTexts.Instance)
    {
    }

    public override string PayLabel => "Pay";

    public override string BackLabel => "Back";

    public override string ChangeQuantityLabel => "Change quantity";

    public override string ChangeDeliveryLabel => "Change delivery";

    public override string NewAddressLabel => "Another address";

    public override string ContinueLabel => "Continue";

    public override string AdvisorLabel => "Ask a person";

    public override string DeleteLabel => "Delete my data";

    public override string ModeLabel(DeliveryMode mode) => mode switch
    {
        DeliveryMode.Home => "Home",
        DeliveryMode.Work => "Work",
        DeliveryMode.RelayPoint => "Relay point",
        DeliveryMode.ClickAndCollect => "Click & collect",
        _ => "Locker",
    };

    public override string ModeTo(DeliveryMode mode, string address) => $"{ModeLabel(mode)}: {address}";

    public override string ProductLabel(string name, Money price) => $"{name} · {Money(price)}";

    public override string CodeLine(IReadOnlyList<string> keywords, string product) => $"• {string.Join(" / ", keywords)}: {product}";

    public override string WhichProduct => "Which one would you like?";

    public override string NoSuchProduct(string query, string shop) => $"I couldn't find \"{query}\". Here is what {shop} sells:";

    public override string NothingToBuy => "There is nothing to buy here yet.";

    public override string AskQuantity(string product, Money price, int? left) =>
        $"{product}, {Money(price)} each. How many would you like?" + (left is { } n && n <= 5 ? $" ({Number(n)} left.)" : "");

    public override string QuantityInvalid(int max) => $"Please answer with a number from 1 to {Number(max)}.";

    public override string QuantityOutOfRange(int max) => $"The quantity must be between 1 and {Number(max)}.";

    public override string NotEnoughForOrder(Money available, Money total, bool canReduce) =>
        $"You don't have enough money: you have {Money(available)} available; the order is {Money(total)}. "
        + (canReduce ? "Choose a smaller quantity, or add money first." : "Please add money first.");

    public override string AskDelivery(string product, int quantity) =>
        $"{Number(quantity)} × {product}. How would you like to receive {(quantity == 1 ? "it" : "them")}?";

    public override string AskAddress(DeliveryMode mode, bool hasSaved) => hasSaved
        ? $"Where should we deliver {(mode == DeliveryMode.Work ? "at work" : "at home")}? Pick an address or type a new one."
        : $"Please type the {(mode == DeliveryMode.Work ? "work" : "home")} address: street, postcode and town.";

    public override string AddressInvalid =>
        "That looks too short for an address: please write the street, the postcode and the town.";

    public override string AskPostcode(DeliveryMode mode) =>
        $"Which postcode should I look near for a {(mode == DeliveryMode.Locker ? "locker" : "relay point")}?";

    public override string PostcodeInvalid => "Please write a 5-digit postcode, such as 75011.";

    public override string PickupPointsNear(DeliveryMode mode, string postcode) =>
        $"{(mode == DeliveryMode.Locker ? "Lockers" : "Relay points")} near {postcode}:";

    public override string NoPickupPointNear(DeliveryMode mode, string postcode) =>
        $"I don't know any {(mode == DeliveryMode.Locker ? "locker" : "relay point")} near {postcode}. "
        + "Try another postcode, or go back to choose another delivery.";

    public override string Review(string product, int quantity, Money total, string? delivery, PaymentMethod payment) =>
        $"{Number(quantity)} × {product}: {Money(total)}"
        + (delivery is null ? "" : $", {delivery}")
        + (payment == PaymentMethod.PhoneBill ? ", on your phone bill." : ", from your balance.")
        + " Shall I pay?";

    public override string DescribeDelivery(DeliveryMode mode, string address) => mode switch
    {
        DeliveryMode.Home => $"home delivery to {address}",
        DeliveryMode.Work => $"work delivery to {address}",
        DeliveryMode.RelayPoint => $"pickup at the relay point {address}",
        DeliveryMode.Locker => $"pickup from the locker {address}",
        _ => $"pickup at the shop, {address}",
    };

    public override string OrderPlaced(string number, string shop, Money total, string delivery) =>
        $"Order {number} placed: {Money(total)} is set aside on your balance and taken when {shop} accepts the order. "
        + $"Delivery: {delivery}. I'll keep you posted here; #orders shows where it stands.";

    public override string DigitalDelivered(string number, string product, string content, Money total, PaymentMethod payment) =>
        $"Thank you! Order {number}: here is your {product}: {content}\n"
        + $"You paid {Money(total)}{(payment == PaymentMethod.PhoneBill ? " on your phone bill" : " from your balance")}.";

    public override string PointsEarned(long points, long total, string shop) =>
        $"+{Number(points)} loyalty points at {shop} ({Number(total)} in all).";

    public override string PaymentChecking(string number) =>
        $"Your payment for order {number} is being checked. Press Pay again in a moment: you will never be charged twice.";

    public override string CaptureChecking(string number, string product) =>
        $"Your payment for order {number} is being checked. I'll send your {product} here as soon as it goes through: "
        + "you will never be charged twice.";

    public override string PurchaseNotCompleted(string number, string product, Money total) =>
        $"Sorry, order {number} ({product}) did not go through: nothing was taken from your balance, "
        + $"and the {Money(total)} set aside for it is available again.";

    public override string StockShort(string product, int left) =>
        $"Sorry, only {Number(left)} {product} left.";

    public override string SoldOut(string product) => $"Sorry, {product} has just sold out, so nothing was paid.";

    public override string OutOfStock(string product) => $"Sorry, {product} is out of stock at the moment.";

    public override string PriceChanged(string product, Money price) => $"The price of {product} has changed: it is now {Money(price)} each.";

    public override string PurchaseCancelled => "Purchase cancelled: nothing was paid.";

    public override string NotUnderstoodStep => "Sorry, I didn't get that.";

    public override string StepHelp => "Answer with one of the choices below (or its number). Send BACK to go back a step, or CANCEL to stop the purchase.";

    public override string ConfirmKeyword(string product, string keyword, Money price, PaymentMethod payment) =>
        $"Buy {product} ({keyword}) for {Money(price)}{(payment == PaymentMethod.PhoneBill ? " on your phone bill" : " from your balance")}?";

    public override string NoCart => "You have no purchase waiting. To buy something, write for example: buy MUG";

    public override string Resumed(string product) => $"Let's finish your purchase of {product}.";

    public override string Reminder(string product, string shop) =>
        $"Your {product} from {shop} is still waiting in your basket. Shall we finish the purchase?";

    public override string CartExpired(string product) =>
        $"Your purchase of {product} waited for 24 hours, so I dropped it. Nothing was paid.";

    public override string NoOrders => "You have no orders yet. To buy something, write for example: buy MUG";

    public override string OrdersHeader(int count) => count == 1 ? "Your order:" : "Your latest orders:";

    public override string OrderLine(Order order, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(order);
        return $"{order.Number} · {Number(order.Quantity)} × {order.ProductName} · {Money(order.Total)} · "
            + $"{StatusName(order.Status)} ({Replies.FormatDate(order.Events[^1].At, now)})";
    }

    public override string UnknownOrder(string number) => $"I can't find an order {number} among yours. #orders lists them.";

    public override string DigitalContentAgain(string content) => $"Your purchase: {content}";

    public override string StatusName(OrderStatus status) => status switch
    {
        OrderStatus.Placed => "placed, waiting for the shop",
        OrderStatus.Accepted => "accepted",
        OrderStatus.Shipped => "shipped",
        OrderStatus.ReadyForPickup => "ready for pickup",
        OrderStatus.Delivered => "delivered",
        OrderStatus.Cancelled => "cancelled",
        _ => "refunded",
    };

    public override string Points(IReadOnlyList<(string Shop, long Points)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        return points.Count == 0
            ? "You have no loyalty points yet: purchases earn some at shops that offer them."
            : string.Join("\n", points.Select(p => string.Create(CultureInfo.InvariantCulture, $"You have {Number(p.Points)} points at {p.Shop}.")));
    }

    public override string ReferralCode(string code) =>
        $"Your referral code is {code}. Share it: when a friend sends \"#referral {code}\" before their first purchase, "
        + "you both get loyalty points with it.";

    public override string ReferralRecorded(string referrer) =>
        $"Thanks! {referrer} referred you: you'll both get loyalty points with your first purchase.";

    public override string ReferralUnknown(string code) => $"I don't know the referral code {code}. Please check it.";

    public override string ReferralOwnCode => "That's your own referral code: share it with friends instead.";

    public override string ReferralAlreadySet => "Someone has already referred you; a referral counts once.";

    public override string ReferralTooLate => "Referral codes count only before your first purchase.";

    public override string FaqWhichOne => "Did you mean one of these?";

    public override string HandedOff(string shop) =>
        $"I'm passing your question to the team at {shop}: a person will answer here. Write CANCEL to end the conversation with them.";

    public override string DisputeOpened(string caseId) =>
        $"I've opened case {caseId} about your statement: an advisor will answer here. Tell me what looks wrong (date, amount).";

    public override string ForwardedToAdvisor => "Passed on to the advisor.";

    public override string AdvisorCaseClosed => "The conversation with the advisor is closed; you're back with me. Send HELP to see what I can do.";

    public override string NoShopForQuestion => "Sorry, I didn't understand. Send HELP to see what I can do.";

    public override string DataExportHeader => "Here is everything we keep about you:";

    public override string ConfirmDeletion =>
        "Delete your personal data? Your name, handle, phone number, saved addresses and conversation will be erased and "
        + "your order addresses removed. Your money movements stay in the ledger, as the law requires, but without your name. "
        + "This cannot be undone.";

    public override string DataDeleted => "Done: your personal data is deleted. Goodbye, and thank you.";

    public override string DeletionCancelled => "OK, nothing was deleted.";

    public override string DeletionNeedsEmptyBalance(Money balance) =>
        $"Your balance is {Money(balance)}. Please send it to someone or ask us to pay it out before deleting your data.";
}
