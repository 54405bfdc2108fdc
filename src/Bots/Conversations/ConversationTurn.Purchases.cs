using System.Globalization;
using Conversational.Bots.Commerce;
using Conversational.Bots.Commerce.Catalog;
using Conversational.Bots.Commerce.Orders;
using Conversational.Bots.Commerce.Purchases;
using Conversational.Bots.Commerce.Texts;
using Conversational.Bots.Conversations.Texts;
using Conversational.Commands;
using Conversational.Wallet;

namespace Conversational.Bots.Conversations;

/// <summary>
/// Buying: a product found by keyword, by name or from a list, then the steps of the <see cref="PurchaseMachine"/>,
/// then payment (a hold captured when the merchant accepts, at once for digital goods; or the phone bill for a keyword
/// sent to a short code). Every money id comes from the cart's order number, so paying twice pays once.
/// </summary>
internal sealed partial class ConversationTurn
{
    private const string PurchaseChoicePrefix = "p:";

    private CommerceServices Commerce => _services.Commerce;

    private CommerceTexts Shop => CommerceTexts.For(_texts.Language);

    /// <summary>"buy MUG", "acheter 2 mugs", "buy": finds the product and starts the purchase.</summary>
    private async Task BuyAsync(BuyCommand buy, CancellationToken cancellationToken)
    {
        if (!_machine.CanFire(ConversationTrigger.StartPurchase))
        {
            return;   // a transfer waits for its yes or no: it is recalled below
        }
        var merchant = await ContextMerchantAsync(cancellationToken).ConfigureAwait(false);
        var keyword = buy.Product.Replace(" ", "", StringComparison.Ordinal);
        var coded = await ProductFinder.ByKeywordAsync(Commerce.Catalog, keyword, merchant, cancellationToken).ConfigureAwait(false)
            ?? await ProductFinder.ByKeywordAsync(Commerce.Catalog, keyword, null, cancellationToken).ConfigureAwait(false);
        if (coded is not null)
        {
            if (coded.IsDigital && buy.Quantity is null or 1)
            {
                var shortCode = await ShortCodeOfAsync(coded.Merchant, cancellationToken).ConfigureAwait(false);
                await BuyByKeywordAsync(coded, keyword, shortCode is null ? PaymentMethod.Wallet : PaymentMethod.PhoneBill, shortCode, cancellationToken)
                    .ConfigureAwait(false);
                return;
            }
            await StartCartAsync(coded.Merchant, coded, buy.Quantity, [], cancellationToken).ConfigureAwait(false);
            return;
        }
        var found = await ProductFinder.ByNameAsync(Commerce.Catalog, buy.Product, merchant, cancellationToken).ConfigureAwait(false);
        if (found.Count == 0 && merchant is not null)
        {
            found = await ProductFinder.ByNameAsync(Commerce.Catalog, buy.Product, null, cancellationToken).ConfigureAwait(false);
        }
        if (found.Count == 1)
        {
            await StartCartAsync(found[0].Merchant, found[0], buy.Quantity, [], cancellationToken).ConfigureAwait(false);
            return;
        }
        if (found.Count > 1)
        {
            var shop = found[0].Merchant;
            await StartCartAsync(shop, null, buy.Quantity, [.. found.Where(p => p.Merchant == shop).Take(Commerce.Settings.ListSize)],
                cancellationToken).ConfigureAwait(false);
            return;
        }
        if (merchant is null || (await Commerce.Catalog.ListProductsAsync(merchant, cancellationToken).ConfigureAwait(false)) is not { Count: > 0 } all)
        {
            Say(Shop.NothingToBuy);
            await AnsweredAsync().ConfigureAwait(false);
            return;
        }
        Say(Shop.NoSuchProduct(buy.Product.ToLowerInvariant(), await ShopNameAsync(merchant, cancellationToken).ConfigureAwait(false)));
        await StartCartAsync(merchant, null, buy.Quantity, [.. all.Take(Commerce.Settings.ListSize)], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A message that is only a keyword code ("GAME42"), or any text sent to a short code: true when it was read as a
    /// keyword purchase (bought, confirmation asked, or an unknown keyword answered).
    /// </summary>
    private async Task<bool> TryKeywordAsync(string text, CancellationToken cancellationToken)
    {
        var keyword = text.Trim().ToUpperInvariant();
        var shortCode = _message?.To is { Length: 5 } to && to.All(char.IsAsciiDigit) ? to : null;
        // A code is one word of letters and digits; to a short code it may lack digits ("MUG"), elsewhere it needs one.
        if (keyword.Length is < 2 or > 12 || !keyword.All(char.IsAsciiLetterOrDigit) || (shortCode is null && !keyword.Any(char.IsAsciiDigit)))
        {
            return false;
        }
        string? merchant = null;
        if (shortCode is not null)
        {
            merchant = await Commerce.Catalog.FindMerchantByShortCodeAsync(shortCode, cancellationToken).ConfigureAwait(false);
            if (merchant is null)
            {
                return false;
            }
        }
        var product = await ProductFinder.ByKeywordAsync(Commerce.Catalog, keyword, merchant, cancellationToken).ConfigureAwait(false);
        if (product is null)
        {
            if (merchant is null)
            {
                return false;
            }
            var codes = (await Commerce.Catalog.ListProductsAsync(merchant, cancellationToken).ConfigureAwait(false))
                .Where(p => p.Keywords.Count > 0).Take(Commerce.Settings.ListSize)
                .Select(p => Shop.CodeLine(p.Keywords, Shop.ProductLabel(p.NameIn(_texts.Tag), p.Price)));
            Say(string.Join("\n", [Shop.NoSuchProduct(keyword, await ShopNameAsync(merchant, cancellationToken).ConfigureAwait(false)), .. codes]));
            await AnsweredAsync().ConfigureAwait(false);
            return true;
        }
        if (!_machine.CanFire(ConversationTrigger.StartPurchase))
        {
            return true;   // a transfer waits for its yes or no: it is recalled below
        }
        var payment = await ShortCodeOfAsync(product.Merchant, cancellationToken).ConfigureAwait(false) is not null
            ? PaymentMethod.PhoneBill
            : PaymentMethod.Wallet;
        if (product.IsDigital)
        {
            await BuyByKeywordAsync(product, keyword, payment, shortCode, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await StartCartAsync(product.Merchant, product, null, [], cancellationToken).ConfigureAwait(false);
        }
        return true;
    }

    /// <summary>A digital product by its keyword: bought at once up to the confirmation threshold, else one confirmation.</summary>
    private async Task BuyByKeywordAsync(Product product, string keyword, PaymentMethod payment, string? shortCode, CancellationToken cancellationToken)
    {
        if (!await LetGoOfCartAsync(cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        var cart = NewCart(product.Merchant);
        cart.Sku = product.Sku;
        cart.Quantity = 1;
        cart.Payment = payment;
        cart.ShortCode = shortCode;
        _data.Cart = cart;
        _data.Merchant = product.Merchant;
        await _machine.FireAsync(ConversationTrigger.StartPurchase).ConfigureAwait(false);
        new PurchaseMachine(cart, product).Fire(PurchaseTrigger.Answered);
        // The timer comes first, so that a payment whose outcome stays unknown is still settled when the cart expires.
        await ScheduleCartAsync(cart, cancellationToken).ConfigureAwait(false);
        if (product.Price > Commerce.Settings.KeywordConfirmLimit)
        {
            cart.UnitPrice = product.Price.Minor;
            Say(Shop.ConfirmKeyword(product.NameIn(_texts.Tag), keyword, product.Price, payment), ReviewChoices(cart, product));
            return;
        }
        await PayAsync(cart, product, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A new purchase replaces the one waiting: the old one is let go of (its hold voided, its stock back).</summary>
    private async Task<bool> LetGoOfCartAsync(CancellationToken cancellationToken)
    {
        if (_data.Cart is not { } old)
        {
            return true;
        }
        if (!await CartAbandonment.AbandonAsync(Commerce, Wallet, old, cancellationToken).ConfigureAwait(false))
        {
            Say(Shop.PaymentChecking(old.OrderNumber));
            return false;
        }
        _data.Cart = null;
        return true;
    }

    private Cart NewCart(string merchant) => new()
    {
        OrderNumber = OrderNumbers.For(merchant, _message!.DeduplicationKey),
        Merchant = merchant,
        Channel = _message.Sender,
        StartedAt = _now,
        LastActivityAt = _now,
    };

    private async Task StartCartAsync(string merchant, Product? product, int? quantity, IReadOnlyList<Product> offered, CancellationToken cancellationToken)
    {
        if (!await LetGoOfCartAsync(cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        if (product is { Stock: <= 0 })
        {
            Say(Shop.OutOfStock(product.NameIn(_texts.Tag)));
            await AnsweredAsync().ConfigureAwait(false);
            return;
        }
        var cart = NewCart(merchant);
        cart.Offered = [.. offered.Select(p => p.Sku)];
        if (product is null && quantity is > 0 and var said && said <= Commerce.Settings.MaxQuantity)
        {
            cart.Quantity = said;   // "buy 2 cups": the 2 stays for the product picked from the list
        }
        _data.Cart = cart;
        _data.Merchant = merchant;
        await _machine.FireAsync(ConversationTrigger.StartPurchase).ConfigureAwait(false);
        if (product is not null)
        {
            await ChooseProductAsync(cart, product, quantity, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await PromptAsync(cart, null, cancellationToken).ConfigureAwait(false);
        }
        await ScheduleCartAsync(cart, cancellationToken).ConfigureAwait(false);
    }

    private async Task ChooseProductAsync(Cart cart, Product product, int? quantity, CancellationToken cancellationToken)
    {
        cart.Sku = product.Sku;
        if (quantity is not null)
        {
            cart.Quantity = CheckedQuantity(product, quantity.Value);
        }
        new PurchaseMachine(cart, product).Fire(PurchaseTrigger.Answered);
        await PromptAsync(cart, product, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A quantity said with the product ("buy 4 t-shirts"), or kept from "buy 2 cups" until the product is picked: the
    /// quantity when the shop's limit and the stock allow it; else null (the quantity is asked) and why is said now.
    /// </summary>
    private int? CheckedQuantity(Product product, int quantity)
    {
        if (quantity < 1 || quantity > Commerce.Settings.MaxQuantity)
        {
            Say(Shop.QuantityInvalid(Math.Min(Commerce.Settings.MaxQuantity, Math.Max(1, product.Stock ?? int.MaxValue))));
            return null;
        }
        if (product.Stock is { } left && quantity > left)
        {
            Say(Shop.StockShort(product.NameIn(_texts.Tag), left));
            return null;
        }
        return quantity;
    }

    /// <summary>An answer while a purchase is under way: a pressed purchase button, or text read by the current step.</summary>
    private async Task ContinuePurchaseAsync(ParseResult? input, string? action, CancellationToken cancellationToken)
    {
        var cart = _data.Cart!;
        var product = cart.Sku is null ? null : await Commerce.Catalog.GetProductAsync(cart.Merchant, cart.Sku, cancellationToken).ConfigureAwait(false);
        if (cart.Sku is not null && product is null)
        {
            await EndPurchaseAsync(Shop.SoldOut(cart.Sku), cancellationToken).ConfigureAwait(false);
            return;
        }
        var steps = new PurchaseMachine(cart, product);
        cart.LastActivityAt = _now;
        switch (action, input)
        {
            case ("cancel", _) or (_, CancelCommand):
                await EndPurchaseAsync(Shop.PurchaseCancelled, cancellationToken).ConfigureAwait(false);
                return;
            case ("back", _) or (_, BackCommand):
                if (steps.CanFire(PurchaseTrigger.Back))
                {
                    steps.Fire(PurchaseTrigger.Back);
                }
                break;
            case ("change:qty", _) when steps.CanFire(PurchaseTrigger.ChangeQuantity):
                steps.Fire(PurchaseTrigger.ChangeQuantity);
                break;
            case ("change:mode", _) when steps.CanFire(PurchaseTrigger.ChangeDelivery):
                steps.Fire(PurchaseTrigger.ChangeDelivery);
                break;
            case ({ } pay, _) when pay.StartsWith("pay:", StringComparison.Ordinal) && cart.Step == PurchaseStep.Review
                && pay[4..] == ReviewKey(cart, product!):
            case (_, ConfirmCommand) when cart.Step == PurchaseStep.Review:
                await PayAsync(cart, product!, cancellationToken).ConfigureAwait(false);
                return;
            case ({ } pay, _) when pay.StartsWith("pay:", StringComparison.Ordinal):
                break;   // a Pay button of an earlier review (another quantity or delivery): the current review is shown
            case ("resume", _):
                Say(Shop.Resumed(product?.NameIn(_texts.Tag) ?? "…"));
                break;
            case (_, HelpCommand):
                Say(Shop.StepHelp);
                break;
            case (_, ParseError { Code: ParseErrorCode.QuantityInvalid, Command: CommandKind.Buy }):
                Say(Shop.QuantityOutOfRange(Commerce.Settings.MaxQuantity));   // the parser's own limit is far higher
                break;
            default:
                var answer = action ?? (input as QuestionCommand)?.Text ?? _message?.Text ?? "";
                if (action is null && await TypedChoiceAsync(cart, product, answer, byNumber: false, cancellationToken).ConfigureAwait(false) is { } named)
                {
                    await ContinuePurchaseAsync(null, named, cancellationToken).ConfigureAwait(false);
                    return;
                }
                if (!await AnswerStepAsync(cart, product, steps, answer, isChoice: action is not null, cancellationToken).ConfigureAwait(false))
                {
                    if (action is null
                        && await TypedChoiceAsync(cart, product, answer, byNumber: true, cancellationToken).ConfigureAwait(false) is { } numbered)
                    {
                        await ContinuePurchaseAsync(null, numbered, cancellationToken).ConfigureAwait(false);
                        return;
                    }
                    if (input is ParseError error)
                    {
                        Say(ParseErrorMessages.Describe(error));
                    }
                    else if (action is not null || !await AnswerConfidentlyAsync(cart.Merchant, answer, cancellationToken).ConfigureAwait(false))
                    {
                        Say(Shop.NotUnderstoodStep);
                    }
                }
                break;
        }
        if (cart.Sku != product?.Sku)
        {
            // The product was chosen (or forgotten, going back) by this answer.
            product = cart.Sku is null ? null : await Commerce.Catalog.GetProductAsync(cart.Merchant, cart.Sku, cancellationToken).ConfigureAwait(false);
        }
        await PromptAsync(cart, product, cancellationToken).ConfigureAwait(false);
        await ScheduleCartAsync(cart, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The action of the button a typed answer names: its label in English, French or Arabic, or (<paramref name="byNumber"/>)
    /// its number among the buttons shown; null when it names none.
    /// </summary>
    private async Task<string?> TypedChoiceAsync(Cart cart, Product? product, string answer, bool byNumber, CancellationToken cancellationToken)
    {
        var shown = await StepChoicesAsync(cart, product, _texts.Language, cancellationToken).ConfigureAwait(false);
        var labels = new List<ReplyChoice>(shown);
        if (!byNumber)
        {
            foreach (var language in new[] { Language.English, Language.French, Language.Arabic }.Where(l => l != _texts.Language))
            {
                labels.AddRange(await StepChoicesAsync(cart, product, language, cancellationToken).ConfigureAwait(false));
            }
        }
        return ChoiceReader.Typed(answer, shown, labels, byNumber) is { } value ? PurchaseAction(value) : null;
    }

    /// <summary>Reads the answer to the current step (a button's value, or text: a number picks the n-th choice); false when it is not one.</summary>
    private async Task<bool> AnswerStepAsync(
        Cart cart, Product? product, PurchaseMachine steps, string answer, bool isChoice, CancellationToken cancellationToken)
    {
        var number = ReadNumber(answer);
        switch (cart.Step)
        {
            case PurchaseStep.Product:
            {
                var sku = isChoice && answer.StartsWith("sku:", StringComparison.Ordinal) ? answer[4..]
                    : number is { } n && n >= 1 && n <= cart.Offered.Count ? cart.Offered[n - 1]
                    : null;
                var chosen = sku is null ? null : await Commerce.Catalog.GetProductAsync(cart.Merchant, sku, cancellationToken).ConfigureAwait(false);
                if (chosen is null && !isChoice)
                {
                    var named = await ProductFinder.ByNameAsync(Commerce.Catalog, answer, cart.Merchant, cancellationToken).ConfigureAwait(false);
                    chosen = named.Count == 1 ? named[0] : null;
                }
                if (chosen is null)
                {
                    return false;
                }
                cart.Sku = chosen.Sku;
                if (cart.Quantity is { } said)
                {
                    cart.Quantity = CheckedQuantity(chosen, said);
                }
                new PurchaseMachine(cart, chosen).Fire(PurchaseTrigger.Answered);
                return true;
            }
            case PurchaseStep.Quantity:
            {
                var quantity = isChoice && answer.StartsWith("qty:", StringComparison.Ordinal) ? ReadNumber(answer[4..]) : number;
                if (quantity is null && !isChoice && answer.Count(char.IsLetter) > 3)
                {
                    return false;   // words, not a number: maybe a question for the FAQ
                }
                var most = Math.Min(Commerce.Settings.MaxQuantity, product!.Stock ?? int.MaxValue);
                if (quantity is not { } q || q < 1 || q > most)
                {
                    Say(most < 1 ? Shop.SoldOut(product.NameIn(_texts.Tag)) : Shop.QuantityInvalid(most));
                    return true;
                }
                cart.Quantity = q;
                steps.Fire(PurchaseTrigger.Answered);
                return true;
            }
            case PurchaseStep.Delivery:
                return await ChooseDeliveryAsync(cart, product!, steps, answer, isChoice, number, cancellationToken).ConfigureAwait(false);
            case PurchaseStep.Address:
            {
                var saved = SavedFor(cart.Mode!.Value);
                var index = isChoice && answer.StartsWith("addr:", StringComparison.Ordinal) ? ReadNumber(answer[5..]) : number;
                if (index is { } i && i >= 1 && i <= saved.Count)
                {
                    cart.Address = saved[i - 1].Text;
                }
                else if (!isChoice && IsAddress(answer))
                {
                    cart.Address = answer.Trim();
                    _data.Addresses.RemoveAll(a => a.Mode == cart.Mode && a.Text == cart.Address);
                    _data.Addresses.Insert(0, new SavedAddress(cart.Mode.Value, cart.Address));
                    if (_data.Addresses.Count > 5)
                    {
                        _data.Addresses.RemoveAt(5);
                    }
                }
                else
                {
                    Say(Shop.AddressInvalid);
                    return true;
                }
                steps.Fire(PurchaseTrigger.Answered);
                return true;
            }
            case PurchaseStep.Postcode:
            {
                var postcode = ToAsciiDigits(answer.Trim());
                if (postcode.Length != 5 || !postcode.All(char.IsAsciiDigit))
                {
                    Say(Shop.PostcodeInvalid);
                    return true;
                }
                if ((await PointsNearAsync(cart, postcode, cancellationToken).ConfigureAwait(false)).Count == 0)
                {
                    Say(Shop.NoPickupPointNear(cart.Mode!.Value, postcode));
                    return true;
                }
                cart.Postcode = postcode;
                steps.Fire(PurchaseTrigger.Answered);
                return true;
            }
            case PurchaseStep.PickupPoint:
            {
                var points = await PointsNearAsync(cart, cart.Postcode!, cancellationToken).ConfigureAwait(false);
                var point = isChoice && answer.StartsWith("point:", StringComparison.Ordinal)
                    ? points.FirstOrDefault(p => p.Id == answer[6..])
                    : number is { } n && n >= 1 && n <= points.Count ? points[n - 1] : null;
                if (point is null)
                {
                    return false;
                }
                cart.PickupPointId = point.Id;
                cart.Address = $"{point.Name}, {point.Address}";
                steps.Fire(PurchaseTrigger.Answered);
                return true;
            }
            default:
                return false;
        }
    }

    private async Task<bool> ChooseDeliveryAsync(
        Cart cart, Product product, PurchaseMachine steps, string answer, bool isChoice, int? number, CancellationToken cancellationToken)
    {
        var options = await DeliveryOptionsAsync(cart, product, Shop, cancellationToken).ConfigureAwait(false);
        (DeliveryMode Mode, string? Address)? chosen = null;
        if (isChoice && answer.StartsWith("mode:", StringComparison.Ordinal))
        {
            chosen = options.FirstOrDefault(o => OptionValue(o) == answer[5..]) is { Label: not null } o ? (o.Mode, o.Address) : null;
        }
        else if (number is { } n && n >= 1 && n <= options.Count)
        {
            chosen = (options[n - 1].Mode, options[n - 1].Address);
        }
        else if (!isChoice && DeliveryWords.Read(answer) is { } mode && options.Any(o => o.Mode == mode))
        {
            chosen = (mode, null);
        }
        if (chosen is not { } choice)
        {
            return false;
        }
        cart.Mode = choice.Mode;
        if (choice.Mode == DeliveryMode.ClickAndCollect)
        {
            var storefront = await Commerce.Catalog.GetStorefrontAsync(cart.Merchant, cancellationToken).ConfigureAwait(false);
            cart.Address = storefront?.CollectAddress ?? "";
        }
        else if (choice.Address is not null)
        {
            cart.Address = choice.Address;
        }
        steps.Fire(PurchaseTrigger.Answered);
        return true;
    }

    /// <summary>The delivery choices: a saved address with its mode first (one tap), then each mode the product and shop allow.</summary>
    private async Task<List<(string Label, DeliveryMode Mode, string? Address)>> DeliveryOptionsAsync(
        Cart cart, Product product, CommerceTexts shop, CancellationToken cancellationToken)
    {
        var storefront = await Commerce.Catalog.GetStorefrontAsync(cart.Merchant, cancellationToken).ConfigureAwait(false);
        var options = new List<(string Label, DeliveryMode Mode, string? Address)>();
        foreach (var mode in product.DeliveryModes)
        {
            var possible = mode switch
            {
                DeliveryMode.ClickAndCollect => storefront?.CollectAddress is not null,
                DeliveryMode.RelayPoint or DeliveryMode.Locker => storefront?.PickupPoints.Any(p => p.Mode == mode) == true,
                _ => true,
            };
            if (!possible)
            {
                continue;
            }
            if (mode.NeedsAddress() && SavedFor(mode).FirstOrDefault() is { } saved)
            {
                options.Insert(options.Count(o => o.Address is not null), (shop.ModeTo(mode, saved.Text), mode, saved.Text));
            }
            options.Add((shop.ModeLabel(mode), mode, null));
        }
        return options;
    }

    private static string OptionValue((string Label, DeliveryMode Mode, string? Address) option) =>
        option.Address is null ? option.Mode.ToString() : option.Mode + ":saved";

    private List<SavedAddress> SavedFor(DeliveryMode mode) => [.. _data.Addresses.Where(a => a.Mode == mode)];

    /// <summary>The merchant's relay points or lockers in the postcode's département, nearest postcode first.</summary>
    private async Task<IReadOnlyList<PickupPoint>> PointsNearAsync(Cart cart, string postcode, CancellationToken cancellationToken)
    {
        var storefront = await Commerce.Catalog.GetStorefrontAsync(cart.Merchant, cancellationToken).ConfigureAwait(false);
        if (storefront is null)
        {
            return [];
        }
        var wanted = int.Parse(postcode, NumberStyles.None, CultureInfo.InvariantCulture);
        return [.. storefront.PickupPoints
            .Where(p => p.Mode == cart.Mode && p.Postcode.Length == 5 && p.Postcode.All(char.IsAsciiDigit) && p.Postcode[..2] == postcode[..2])
            .OrderBy(p => Math.Abs(int.Parse(p.Postcode, NumberStyles.None, CultureInfo.InvariantCulture) - wanted))
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .Take(Commerce.Settings.ListSize)];
    }

    /// <summary>Asks what the current step needs, with its choices (and Back, Cancel).</summary>
    private async Task PromptAsync(Cart cart, Product? product, CancellationToken cancellationToken)
    {
        string text;
        switch (cart.Step)
        {
            case PurchaseStep.Product:
                if (cart.Offered.Count == 0)
                {
                    cart.Offered = [.. (await Commerce.Catalog.ListProductsAsync(cart.Merchant, cancellationToken).ConfigureAwait(false))
                        .Take(Commerce.Settings.ListSize).Select(p => p.Sku)];
                }
                var lines = new List<string> { Shop.WhichProduct };
                foreach (var sku in cart.Offered)
                {
                    if (await Commerce.Catalog.GetProductAsync(cart.Merchant, sku, cancellationToken).ConfigureAwait(false) is { } offered)
                    {
                        lines.Add($"{_texts.Number(lines.Count)}. {Shop.ProductLabel(offered.NameIn(_texts.Tag), offered.Price)}");
                    }
                }
                text = string.Join("\n", lines);
                break;
            case PurchaseStep.Quantity:
                text = Shop.AskQuantity(product!.NameIn(_texts.Tag), product.Price, product.Stock);
                break;
            case PurchaseStep.Delivery:
                text = Shop.AskDelivery(product!.NameIn(_texts.Tag), cart.Quantity ?? 1);
                break;
            case PurchaseStep.Address:
                text = Shop.AskAddress(cart.Mode!.Value, SavedFor(cart.Mode.Value).Count > 0);
                break;
            case PurchaseStep.Postcode:
                text = Shop.AskPostcode(cart.Mode!.Value);
                break;
            case PurchaseStep.PickupPoint:
                var points = await PointsNearAsync(cart, cart.Postcode!, cancellationToken).ConfigureAwait(false);
                var pointLines = new List<string> { Shop.PickupPointsNear(cart.Mode!.Value, cart.Postcode!) };
                foreach (var point in points)
                {
                    pointLines.Add($"{_texts.Number(pointLines.Count)}. {point.Name}, {point.Address}");
                }
                text = string.Join("\n", pointLines);
                break;
            default:
                cart.UnitPrice = product!.Price.Minor;
                text = Shop.Review(product.NameIn(_texts.Tag), cart.Quantity!.Value, Total(product, cart.Quantity.Value),
                    cart.Mode is { } mode ? Shop.DescribeDelivery(mode, cart.Address ?? "") : null, cart.Payment);
                break;
        }
        Say(text, await StepChoicesAsync(cart, product, _texts.Language, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// The buttons of the current step, labelled in <paramref name="language"/>: what <see cref="PromptAsync"/> shows, and
    /// what a typed answer is compared with (in each language).
    /// </summary>
    private async Task<List<ReplyChoice>> StepChoicesAsync(Cart cart, Product? product, Language language, CancellationToken cancellationToken)
    {
        var shop = CommerceTexts.For(language);
        var texts = ReplyTexts.For(language);
        var choices = new List<ReplyChoice>();
        switch (cart.Step)
        {
            case PurchaseStep.Product:
                foreach (var sku in cart.Offered)
                {
                    if (await Commerce.Catalog.GetProductAsync(cart.Merchant, sku, cancellationToken).ConfigureAwait(false) is { } offered)
                    {
                        choices.Add(new ReplyChoice(shop.ProductLabel(offered.NameIn(texts.Tag), offered.Price), Value(cart, "sku:" + sku)));
                    }
                }
                break;
            case PurchaseStep.Quantity:
                for (var q = 1; q <= Math.Min(3, Math.Min(product!.Stock ?? 3, Commerce.Settings.MaxQuantity)); q++)
                {
                    choices.Add(new ReplyChoice(texts.Number(q), Value(cart, "qty:" + q.ToString(CultureInfo.InvariantCulture))));
                }
                break;
            case PurchaseStep.Delivery:
                foreach (var option in await DeliveryOptionsAsync(cart, product!, shop, cancellationToken).ConfigureAwait(false))
                {
                    choices.Add(new ReplyChoice(option.Label, Value(cart, "mode:" + OptionValue(option))));
                }
                break;
            case PurchaseStep.Address:
                var saved = SavedFor(cart.Mode!.Value);
                for (var i = 0; i < saved.Count; i++)
                {
                    choices.Add(new ReplyChoice(saved[i].Text, Value(cart, "addr:" + (i + 1).ToString(CultureInfo.InvariantCulture))));
                }
                break;
            case PurchaseStep.Postcode:
                break;
            case PurchaseStep.PickupPoint:
                foreach (var point in await PointsNearAsync(cart, cart.Postcode!, cancellationToken).ConfigureAwait(false))
                {
                    choices.Add(new ReplyChoice(point.Name, Value(cart, "point:" + point.Id)));
                }
                break;
            default:
                return ReviewChoices(cart, product!, shop, texts);
        }
        if (cart.Trail.Count > 0)
        {
            choices.Add(new ReplyChoice(shop.BackLabel, Value(cart, "back")));
        }
        choices.Add(new ReplyChoice(texts.CancelLabel, Value(cart, "cancel")));
        return choices;
    }

    private List<ReplyChoice> ReviewChoices(Cart cart, Product product, CommerceTexts? shop = null, ReplyTexts? texts = null)
    {
        shop ??= Shop;
        texts ??= _texts;
        var choices = new List<ReplyChoice> { new(shop.PayLabel, Value(cart, "pay:" + ReviewKey(cart, product))) };
        if (cart.Trail.Count > 1 || !product.IsDigital)
        {
            choices.Add(new ReplyChoice(shop.ChangeQuantityLabel, Value(cart, "change:qty")));
        }
        if (!product.IsDigital)
        {
            choices.Add(new ReplyChoice(shop.ChangeDeliveryLabel, Value(cart, "change:mode")));
        }
        choices.Add(new ReplyChoice(texts.CancelLabel, Value(cart, "cancel")));
        return choices;
    }

    /// <summary>What a review showed (quantity, price, delivery), in 8 hex characters: a Pay button pays only what it was shown with.</summary>
    private static string ReviewKey(Cart cart, Product product) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
        System.Text.Encoding.UTF8.GetBytes($"{cart.Quantity}|{product.Price.Minor}|{product.Price.Currency.Code}|{cart.Mode}|{cart.Address}|{cart.PickupPointId}"))
        .AsSpan(0, 4));

    /// <summary>A purchase button's value: "p:&lt;order number&gt;:&lt;action&gt;"; a button of another cart is stale.</summary>
    private static string Value(Cart cart, string action) => PurchaseChoicePrefix + cart.OrderNumber + ":" + action;

    /// <summary>A pressed purchase button: its action, or null when it belongs to a cart that is gone.</summary>
    private string? PurchaseAction(string choice)
    {
        var prefix = PurchaseChoicePrefix + _data.Cart?.OrderNumber + ":";
        return _data.Cart is not null && choice.StartsWith(prefix, StringComparison.Ordinal) ? choice[prefix.Length..] : null;
    }

    /// <summary>Pays the cart: stock taken, then the hold (or the phone bill), then the order; digital goods captured at once.</summary>
    private async Task PayAsync(Cart cart, Product product, CancellationToken cancellationToken)
    {
        var name = product.NameIn(_texts.Tag);
        var quantity = cart.Quantity ?? 1;
        if (cart.UnitPrice is { } shown && shown != product.Price.Minor)
        {
            Say(Shop.PriceChanged(name, product.Price));
            await PromptAsync(cart, product, cancellationToken).ConfigureAwait(false);
            return;
        }
        var total = Total(product, quantity);
        if (cart.AttemptAmount is { } tried && tried != total.Minor)
        {
            // The amount changed since a try whose outcome was unknown: that try is voided before a new one.
            if (!await CartAbandonment.AbandonAsync(Commerce, Wallet, cart, cancellationToken).ConfigureAwait(false))
            {
                Say(Shop.PaymentChecking(cart.OrderNumber), ReviewChoices(cart, product));
                return;
            }
            cart.PayAttempt++;
            cart.AttemptAmount = null;
        }
        var stock = await Commerce.Catalog.TakeStockAsync(cart.Merchant, product.Sku, quantity, cart.OrderNumber, cancellationToken).ConfigureAwait(false);
        if (!stock.Taken)
        {
            if (stock.Left is > 0 and var left)
            {
                new PurchaseMachine(cart, product).Fire(PurchaseTrigger.StockShort);
                Say(Shop.StockShort(name, left));
                await PromptAsync(cart, product, cancellationToken).ConfigureAwait(false);
                return;
            }
            await EndPurchaseAsync(Shop.SoldOut(name), cancellationToken).ConfigureAwait(false);
            return;
        }
        var merchant = await _services.Directory.FindByHandleAsync(cart.Merchant, cancellationToken).ConfigureAwait(false);
        if (merchant is null)
        {
            await Commerce.Catalog.ReturnStockAsync(cart.Merchant, product.Sku, cart.OrderNumber, cancellationToken).ConfigureAwait(false);
            await EndPurchaseAsync(Shop.SoldOut(name), cancellationToken).ConfigureAwait(false);
            return;
        }
        var paymentId = cart.PaymentId(cart.PayAttempt);
        Movement payment = cart.Payment == PaymentMethod.PhoneBill
            ? new CarrierCharge(paymentId, _person.Account, cart.Channel.PhoneNumber!, CarrierNames.Of(cart.Channel.PhoneNumber!),
                cart.ShortCode!, merchant.Account, total)
            : new HoldAuthorize(paymentId, _person.Account, merchant.Account, total);
        cart.AttemptAmount = total.Minor;
        _paying = cart.OrderNumber;
        var paid = await Wallet.ExecuteAsync(payment, cancellationToken).ConfigureAwait(false);
        if (paid.Status == MovementStatus.Rejected)
        {
            // A refused id stays refused: the next try gets its own.
            await Commerce.Catalog.ReturnStockAsync(cart.Merchant, product.Sku, cart.OrderNumber, cancellationToken).ConfigureAwait(false);
            cart.PayAttempt++;
            cart.AttemptAmount = null;
            Say(paid.Rejection is { Reason: RejectionReason.InsufficientFunds, Available: { } available } && cart.Payment == PaymentMethod.Wallet
                ? Shop.NotEnoughForOrder(available, total, canReduce: quantity > 1 && available.Minor >= product.Price.Minor)
                : RejectionMessages.Describe(paid.Rejection!, _texts.Tag));
            await PromptAsync(cart, product, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (paid.Status == MovementStatus.Unknown)
        {
            Say(Shop.PaymentChecking(cart.OrderNumber), ReviewChoices(cart, product));
            return;
        }
        var captured = cart.Payment == PaymentMethod.PhoneBill;
        if (product.IsDigital && !captured)
        {
            var capture = await Wallet.ExecuteAsync(new HoldCapture(new TransferId($"order:{cart.OrderNumber}:capture"), paymentId), cancellationToken)
                .ConfigureAwait(false);
            captured = capture.Status == MovementStatus.Completed;
        }
        var delivered = product.IsDigital && captured;
        List<OrderEvent> events = [new OrderEvent(OrderStatus.Placed, _now)];
        if (delivered)
        {
            events.Add(new OrderEvent(OrderStatus.Delivered, _now));
        }
        var order = new Order(cart.OrderNumber, cart.Merchant, _person.Account, cart.Channel, _texts.Tag, product.Sku, name, quantity,
            product.Price, total, cart.Mode is { } mode ? new Delivery(mode, cart.Address ?? "", cart.PickupPointId) : null,
            cart.Payment, paymentId, captured, delivered ? OrderStatus.Delivered : OrderStatus.Placed, events,
            product.IsDigital ? product.DigitalContent : null);
        if (!await Commerce.Orders.CreateAsync(order, cancellationToken).ConfigureAwait(false))
        {
            order = await Commerce.Orders.GetAsync(order.Number, cancellationToken).ConfigureAwait(false) ?? order;
        }
        var shop = merchant.DisplayName;
        if (delivered)
        {
            Say(Shop.DigitalDelivered(order.Number, name, order.DigitalContent ?? "", total, cart.Payment));
        }
        else if (product.IsDigital)
        {
            // The capture's outcome is not known (or it was refused): the settler retries it under the same id, then
            // delivers or cancels the order and tells the buyer (SettleCapturesAsync).
            if (!_data.UncapturedOrders.Contains(order.Number))
            {
                _data.UncapturedOrders.Add(order.Number);
            }
            Say(Shop.CaptureChecking(order.Number, name));
        }
        else
        {
            Say(Shop.OrderPlaced(order.Number, shop, total, Shop.DescribeDelivery(order.Delivery!.Mode, order.Delivery.Address)));
        }
        if (captured)
        {
            var points = await Commerce.OrderDesk.RewardAsync(order, cancellationToken).ConfigureAwait(false);
            if (points > 0)
            {
                Say(Shop.PointsEarned(points, await Commerce.Orders.GetPointsAsync(cart.Merchant, _person.Account, cancellationToken).ConfigureAwait(false), shop));
            }
        }
        // The cart's timer stays: when it fires it finds no cart and does nothing.
        _data.Cart = null;
        await _machine.FireAsync(ConversationTrigger.EndPurchase).ConfigureAwait(false);
    }

    /// <summary>
    /// Digital orders whose capture was not confirmed are settled through the order desk (capture retried under the
    /// order's id); the buyer hears how each ended on the order's chat, with the content when it was delivered.
    /// </summary>
    private async Task SettleCapturesAsync(CancellationToken cancellationToken)
    {
        foreach (var number in _data.UncapturedOrders.ToList())
        {
            var settled = await Commerce.OrderDesk.SettleDigitalCaptureAsync(number, cancellationToken).ConfigureAwait(false);
            switch (settled)
            {
                case OrderChange.Changed { Order: { Status: OrderStatus.Delivered } order }:
                    _data.UncapturedOrders.Remove(number);
                    var earned = await Commerce.OrderDesk.RewardAsync(order, cancellationToken).ConfigureAwait(false);
                    var points = await Commerce.Orders.GetPointsAsync(order.Merchant, order.Buyer, cancellationToken).ConfigureAwait(false);
                    var shop = await Commerce.OrderDesk.ShopNameAsync(order.Merchant, cancellationToken).ConfigureAwait(false);
                    TellBuyer(order, t => t.DigitalDelivered(order.Number, order.ProductName, order.DigitalContent ?? "", order.Total, order.Payment)
                        + (earned > 0 ? "\n" + t.PointsEarned(earned, points, shop) : ""));
                    break;
                case OrderChange.Changed { Order: { Status: OrderStatus.Cancelled } order, Repeated: false }:
                    _data.UncapturedOrders.Remove(number);
                    TellBuyer(order, t => t.PurchaseNotCompleted(order.Number, order.ProductName, order.Total));
                    break;
                case OrderChange.Changed or OrderChange.NotFound:
                    // Cancelled or refunded by the merchant meanwhile (the order desk told the buyer), or gone.
                    _data.UncapturedOrders.Remove(number);
                    break;
            }
        }
    }

    /// <summary>
    /// A message for the buyer on the chat the order was placed from (every chat of theirs when that one was forgotten),
    /// unless it said STOP, in their language.
    /// </summary>
    private void TellBuyer(Order order, Func<CommerceTexts, string> write) =>
        _notices.Add(new Notice(_person.Account, t => write(CommerceTexts.For(t.Language)),
            OrderDesk.IsForgotten(order.Channel) ? null : order.Channel));

    /// <summary>Drops the cart (cancelled, the stock ran out) and says why; a payment try still unsettled is said instead.</summary>
    private async Task EndPurchaseAsync(string why, CancellationToken cancellationToken)
    {
        if (_data.Cart is { } cart && !await CartAbandonment.AbandonAsync(Commerce, Wallet, cart, cancellationToken).ConfigureAwait(false))
        {
            Say(Shop.PaymentChecking(cart.OrderNumber));
            return;
        }
        _data.Cart = null;
        if (_machine.CanFire(ConversationTrigger.EndPurchase))
        {
            await _machine.FireAsync(ConversationTrigger.EndPurchase).ConfigureAwait(false);
        }
        Say(why);
    }

    /// <summary>"continue", or the reminder's button: the parked or waiting purchase is taken up again.</summary>
    private async Task ResumePurchaseAsync(CancellationToken cancellationToken)
    {
        if (_data.Cart is not { } cart)
        {
            Say(Shop.NoCart);
            await AnsweredAsync().ConfigureAwait(false);
            return;
        }
        if (!_machine.CanFire(ConversationTrigger.StartPurchase))
        {
            return;
        }
        await _machine.FireAsync(ConversationTrigger.StartPurchase).ConfigureAwait(false);
        await ContinuePurchaseAsync(null, "resume", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The cart's next timer: its reminder until it is sent, then its expiry.</summary>
    private Task ScheduleCartAsync(Cart cart, CancellationToken cancellationToken)
    {
        var settings = Commerce.Settings;
        var due = cart.Reminded
            ? cart.StartedAt.AddHours(settings.CartExpiryHours)
            : cart.LastActivityAt.AddMinutes(settings.ReminderMinutes);
        return Commerce.Timers.ScheduleAsync(_person.Account.Value, due, cancellationToken);
    }

    /// <summary>The merchant a purchase or a question is about: the cart's, the last one dealt with, the short code's, or the default.</summary>
    private async Task<string?> ContextMerchantAsync(CancellationToken cancellationToken)
    {
        if ((_data.Cart?.Merchant ?? _data.Merchant) is { } known)
        {
            return known;
        }
        if (_message?.To is { Length: 5 } shortCode
            && await Commerce.Catalog.FindMerchantByShortCodeAsync(shortCode, cancellationToken).ConfigureAwait(false) is { } byCode)
        {
            return byCode;
        }
        return Commerce.Settings.DefaultMerchant is { Length: > 0 } fallback ? fallback : null;
    }

    /// <summary>The shop's short code when this message was sent to it from a phone: its keywords are then billed to the phone.</summary>
    private async Task<string?> ShortCodeOfAsync(string merchant, CancellationToken cancellationToken) =>
        _message is { To: { Length: 5 } to, Sender.PhoneNumber: not null }
        && await Commerce.Catalog.FindMerchantByShortCodeAsync(to, cancellationToken).ConfigureAwait(false) == merchant
            ? to
            : null;

    private async Task<string> ShopNameAsync(string merchant, CancellationToken cancellationToken) =>
        (await _services.Directory.FindByHandleAsync(merchant, cancellationToken).ConfigureAwait(false))?.DisplayName ?? merchant;

    private static Money Total(Product product, int quantity) => new(checked(product.Price.Minor * quantity), product.Price.Currency);

    /// <summary>Buttons commerce reads itself: a purchase step, an FAQ answer, "ask a person".</summary>
    private static bool IsCommerceChoice(string? choice) =>
        choice is not null && (choice.StartsWith(PurchaseChoicePrefix, StringComparison.Ordinal)
            || choice.StartsWith(FaqChoicePrefix, StringComparison.Ordinal) || choice == AdvisorChoice);

    /// <summary>After a balance or a transfer done in the middle of a purchase, the purchase's question is asked again.</summary>
    private async Task RemindPurchaseStepAsync(string? cartBefore, int repliesBefore, CancellationToken cancellationToken)
    {
        if (cartBefore is not null && _machine.State == ConversationState.Purchasing && _data.Cart is { } cart
            && cart.OrderNumber == cartBefore && _replies.Count > repliesBefore)
        {
            var product = cart.Sku is null ? null : await Commerce.Catalog.GetProductAsync(cart.Merchant, cart.Sku, cancellationToken).ConfigureAwait(false);
            await PromptAsync(cart, product, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>"2", "٢", "x2", "2." : a whole number, or null.</summary>
    private static int? ReadNumber(string text)
    {
        var digits = ToAsciiDigits(text.Trim().TrimEnd('.', ')').TrimStart('x', 'X', '×', '#'));
        return digits.Length is > 0 and <= 6 && digits.All(char.IsAsciiDigit)
            ? int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture)
            : null;
    }

    private static string ToAsciiDigits(string text) => string.Create(text.Length, text, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            span[i] = c is >= '\u0660' and <= '\u0669' ? (char)('0' + (c - '\u0660'))
                : c is >= '\u06F0' and <= '\u06F9' ? (char)('0' + (c - '\u06F0'))
                : c;
        }
    });

    /// <summary>An address worth keeping: some letters, a number, and not a one-word answer.</summary>
    private static bool IsAddress(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length is >= 10 and <= 200 && trimmed.Any(char.IsLetter) && trimmed.Any(char.IsDigit) && trimmed.Contains(' ', StringComparison.Ordinal);
    }
}
