using Conversational.Bots.Commerce.Catalog;
using Conversational.Bots.Commerce.Orders;
using Conversational.Bots.Conversations.Texts;
using Conversational.Commands;
using Conversational.Wallet;

namespace Conversational.Bots.Commerce.Texts;

/// <summary>
/// What the commerce conversations say (buying, orders, loyalty, the FAQ and advisors, personal data), in one language.
/// Amounts, numbers and dates are written by the language's <see cref="ReplyTexts"/>.
/// </summary>
public abstract class CommerceTexts
{
    protected CommerceTexts(ReplyTexts replies)
    {
        Replies = replies;
    }

    public static CommerceTexts For(Language language) => language switch
    {
        Language.French => FrenchCommerceTexts.Instance,
        Language.Arabic => ArabicCommerceTexts.Instance,
        _ => EnglishCommerceTexts.Instance,
    };

    /// <summary>The conversation texts of the same language (amounts, numbers, dates).</summary>
    public ReplyTexts Replies { get; }

    protected string Money(Money money) => Replies.Money(money);

    protected string Number(long n) => Replies.Number(n);

    // Buttons
    public abstract string PayLabel { get; }

    public abstract string BackLabel { get; }

    public abstract string ChangeQuantityLabel { get; }

    public abstract string ChangeDeliveryLabel { get; }

    public abstract string NewAddressLabel { get; }

    public abstract string ContinueLabel { get; }

    public abstract string AdvisorLabel { get; }

    public abstract string DeleteLabel { get; }

    /// <summary>"Home", "Work", "Relay point", "Click &amp; collect", "Locker".</summary>
    public abstract string ModeLabel(DeliveryMode mode);

    /// <summary>A delivery choice with a saved address: "Home: 12 rue de la Paix, 75002 Paris".</summary>
    public abstract string ModeTo(DeliveryMode mode, string address);

    /// <summary>A product in a list or a button: "Blue mug · €12.00".</summary>
    public abstract string ProductLabel(string name, Money price);

    /// <summary>A line of the codes a short code sells: "• GAME42 / JEU42: Space Quest game · €2.99".</summary>
    public abstract string CodeLine(IReadOnlyList<string> keywords, string product);

    // Choosing the product
    /// <summary>"Which one would you like?" above the list.</summary>
    public abstract string WhichProduct { get; }

    /// <summary>"I couldn't find "red bike". Here is what Demo Shop sells:"</summary>
    public abstract string NoSuchProduct(string query, string shop);

    /// <summary>"There is nothing to buy here yet."</summary>
    public abstract string NothingToBuy { get; }

    // Quantity
    /// <summary>"Blue mug, €12.00 each. How many would you like?" (+ "3 left." when few)</summary>
    public abstract string AskQuantity(string product, Money price, int? left);

    /// <summary>"Please answer with a number from 1 to 20."</summary>
    public abstract string QuantityInvalid(int max);

    /// <summary>"buy 1000 mugs": "The quantity must be between 1 and 20." (the shop's limit, not the parser's).</summary>
    public abstract string QuantityOutOfRange(int max);

    /// <summary>
    /// A purchase the balance cannot pay: "You don't have enough money: you have €6.01 available; the order is €12.00.
    /// Choose a smaller quantity, or add money first." (no smaller quantity offered for a single item).
    /// </summary>
    public abstract string NotEnoughForOrder(Money available, Money total, bool canReduce);

    // Delivery
    /// <summary>"How would you like to receive it?"</summary>
    public abstract string AskDelivery(string product, int quantity);

    /// <summary>"Where should we deliver it? Pick a saved address or type a new one." / "Please type the address…"</summary>
    public abstract string AskAddress(DeliveryMode mode, bool hasSaved);

    /// <summary>"That looks too short for an address: please write the street, the postcode and the town."</summary>
    public abstract string AddressInvalid { get; }

    /// <summary>"Which postcode should I look near for a relay point?"</summary>
    public abstract string AskPostcode(DeliveryMode mode);

    /// <summary>"Please write a 5-digit postcode, such as 75011."</summary>
    public abstract string PostcodeInvalid { get; }

    /// <summary>"Relay points near 75011:"</summary>
    public abstract string PickupPointsNear(DeliveryMode mode, string postcode);

    /// <summary>"I don't know any relay point near 75011. Try another postcode, or go back to choose another delivery."</summary>
    public abstract string NoPickupPointNear(DeliveryMode mode, string postcode);

    // Review and payment
    /// <summary>The review: what, how many, the total, the delivery (null for digital goods), how it is paid.</summary>
    public abstract string Review(string product, int quantity, Money total, string? delivery, PaymentMethod payment);

    /// <summary>How a delivery is described in the review and the order: "home delivery to 12 rue…", "relay point Tabac…".</summary>
    public abstract string DescribeDelivery(DeliveryMode mode, string address);

    /// <summary>A physical order: "Order DS-4F7K2Q placed: €24.00 is set aside and taken when Demo Shop accepts it. …"</summary>
    public abstract string OrderPlaced(string number, string shop, Money total, string delivery);

    /// <summary>A digital order: "Order DS-…: here is your Space game: https://… You paid €2.99 (from your balance / on your phone bill)."</summary>
    public abstract string DigitalDelivered(string number, string product, string content, Money total, PaymentMethod payment);

    /// <summary>"+29 loyalty points at Demo Shop (41 in all)."</summary>
    public abstract string PointsEarned(long points, long total, string shop);

    /// <summary>"Your payment for order DS-… is being checked. Press Pay again in a moment: you will not be charged twice."</summary>
    public abstract string PaymentChecking(string number);

    /// <summary>A digital order whose capture the ledger did not confirm: "… your Space game will be sent here as soon as it goes through."</summary>
    public abstract string CaptureChecking(string number, string product);

    /// <summary>A digital order whose capture was refused: "Order DS-… (Space game) did not go through: nothing was taken…"</summary>
    public abstract string PurchaseNotCompleted(string number, string product, Money total);

    /// <summary>"Sorry, only 2 Blue mug left." (the quantity is asked next) / "Sorry, Blue mug has just sold out."</summary>
    public abstract string StockShort(string product, int left);

    public abstract string SoldOut(string product);

    /// <summary>"Sorry, Blue mug is out of stock."</summary>
    public abstract string OutOfStock(string product);

    /// <summary>"The price of Blue mug changed: it is now €13.00 each."</summary>
    public abstract string PriceChanged(string product, Money price);

    /// <summary>"Purchase cancelled: nothing was paid."</summary>
    public abstract string PurchaseCancelled { get; }

    /// <summary>"Sorry, I didn't get that." before the step's question again.</summary>
    public abstract string NotUnderstoodStep { get; }

    /// <summary>What can be answered at a step: the choices, back, cancel.</summary>
    public abstract string StepHelp { get; }

    /// <summary>"Buy Space game (GAME42) for €2.99 on your phone bill?" above Pay / Cancel.</summary>
    public abstract string ConfirmKeyword(string product, string keyword, Money price, PaymentMethod payment);

    /// <summary>"You have no purchase waiting."</summary>
    public abstract string NoCart { get; }

    /// <summary>"Let's continue your purchase of Blue mug."</summary>
    public abstract string Resumed(string product);

    /// <summary>"Your Blue mug is still waiting in your basket. Shall we finish it?" (the one reminder)</summary>
    public abstract string Reminder(string product, string shop);

    /// <summary>"Your purchase of Blue mug was waiting for 24 hours, so I dropped it; nothing was paid."</summary>
    public abstract string CartExpired(string product);

    // Orders, loyalty, referral
    public abstract string NoOrders { get; }

    /// <summary>"Your orders:" above the lines.</summary>
    public abstract string OrdersHeader(int count);

    /// <summary>"DS-4F7K2Q · 2 × Blue mug · €24.00 · shipped (24 Nov)".</summary>
    public abstract string OrderLine(Order order, DateTimeOffset now);

    /// <summary>"No order DS-XXXX among yours."</summary>
    public abstract string UnknownOrder(string number);

    /// <summary>A delivered digital order's content, shown again when the person asks for that order.</summary>
    public abstract string DigitalContentAgain(string content);

    /// <summary>"placed", "accepted", "shipped"...</summary>
    public abstract string StatusName(OrderStatus status);

    /// <summary>"You have 41 points at Demo Shop."; none: "You have no loyalty points yet: each euro spent earns some."</summary>
    public abstract string Points(IReadOnlyList<(string Shop, long Points)> points);

    /// <summary>"Your referral code is R7K3QX: share it; when a friend sends "#referral R7K3QX" before their first purchase, you both get points."</summary>
    public abstract string ReferralCode(string code);

    /// <summary>"Thanks! Alice (@alice) referred you: you will both get points with your first purchase."</summary>
    public abstract string ReferralRecorded(string referrer);

    public abstract string ReferralUnknown(string code);

    public abstract string ReferralOwnCode { get; }

    /// <summary>"You were already referred by someone."</summary>
    public abstract string ReferralAlreadySet { get; }

    /// <summary>"Referral codes count only before your first purchase."</summary>
    public abstract string ReferralTooLate { get; }

    // FAQ and advisors
    /// <summary>"Did you mean one of these?" above the two best questions.</summary>
    public abstract string FaqWhichOne { get; }

    /// <summary>"I'm passing your question to the team at Demo Shop: a person will answer here soon."</summary>
    public abstract string HandedOff(string shop);

    /// <summary>"I've opened a case (case-…) about your statement: an advisor will answer here. Tell me what looks wrong."</summary>
    public abstract string DisputeOpened(string caseId);

    /// <summary>"Passed on to the advisor."</summary>
    public abstract string ForwardedToAdvisor { get; }

    /// <summary>"You're back with the bot: the conversation with the advisor is closed."</summary>
    public abstract string AdvisorCaseClosed { get; }

    /// <summary>"I can't tell which shop your question is for. Send HELP to see what I can do."</summary>
    public abstract string NoShopForQuestion { get; }

    // Personal data
    /// <summary>"Here is everything we keep about you:" before the JSON.</summary>
    public abstract string DataExportHeader { get; }

    /// <summary>"Delete your personal data? … Your money movements stay in the ledger, without your name."</summary>
    public abstract string ConfirmDeletion { get; }

    public abstract string DataDeleted { get; }

    public abstract string DeletionCancelled { get; }

    /// <summary>"Please empty your balance first (€12.00 left): send it to someone or ask us to pay it out."</summary>
    public abstract string DeletionNeedsEmptyBalance(Money balance);
}
