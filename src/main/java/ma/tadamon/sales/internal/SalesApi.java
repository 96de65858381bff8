package ma.tadamon.sales.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import ma.tadamon.catalog.Products;
import ma.tadamon.catalog.SellableVariant;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.sales.NewSale;
import ma.tadamon.sales.Payment;
import ma.tadamon.sales.Sale;
import ma.tadamon.sales.SalesAccess;
import ma.tadamon.sales.SalesLedger;
import ma.tadamon.sales.StockJournal;
import ma.tadamon.sales.StockLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Recording sales and returns (idempotent on the client's id) and reading stock, for points of sale. */
@RestController
@Tag(name = "Sales", description = "One ledger of every sale from every channel; stock by location")
class SalesApi {

    private final SalesLedger ledger;
    private final StockJournal stock;
    private final SalesAccess access;
    private final Products products;

    SalesApi(SalesLedger ledger, StockJournal stock, SalesAccess access, Products products) {
        this.ledger = ledger;
        this.stock = stock;
        this.access = access;
        this.products = products;
    }

    @Schema(description = "A sale as a point of sale sends it")
    record SaleInput(
            @NotNull @Schema(description = "Generated once per sale by the client; a retry sends the same id")
            UUID clientId,

            @NotNull @Schema(description = "Where the goods are sold (a store, a stall, an actor's place)")
            UUID locationId,

            @NotNull Payment payment,

            @Schema(description = "When the buyer paid, if not now (offline points of sale)") @Nullable
            Instant occurredAt,

            @NotEmpty @Valid List<LineInput> lines,

            @Schema(description = "Cash handed over by the buyer (cash sales), kept for the receipt's change") @Nullable
            BigDecimal cashGiven) {}

    @Schema(description = "A line: a variant by id or by barcode, a quantity")
    record LineInput(
            @Nullable UUID variantId,
            @Nullable String barcode,
            @NotNull @Schema(example = "2") BigDecimal quantity) {}

    @Schema(description = "Lines of an earlier sale given back")
    record ReturnInput(
            @NotNull UUID clientId,
            @NotNull Payment payment,
            @NotEmpty List<ReturnLineInput> lines) {}

    record ReturnLineInput(int lineNo, @NotNull BigDecimal quantity) {}

    @PostMapping("/api/v1/sales")
    @Operation(
            operationId = "recordSale",
            summary = "Record a sale",
            description = "Takes the lines out of the location's stock and enters the sale in the ledger, once per"
                    + " clientId: sending the same sale again answers 200 with the first result; the same clientId with"
                    + " other lines answers 409. Not enough stock answers 422 and records nothing.")
    ResponseEntity<Sale> record(@Valid @RequestBody SaleInput input) {
        access.requireSellAt(input.locationId());
        List<NewSale.Line> lines = input.lines().stream()
                .map(l -> new NewSale.Line(variantOf(l), l.quantity()))
                .toList();
        Sale sale = ledger.record(new NewSale(
                input.clientId(),
                input.locationId(),
                input.payment(),
                input.occurredAt(),
                lines,
                null,
                null,
                input.cashGiven()));
        return ResponseEntity.status(sale.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(sale);
    }

    @GetMapping("/api/v1/sales/{id}")
    @Operation(operationId = "getSale", summary = "A sale or return with its lines")
    Sale get(@PathVariable UUID id) {
        Sale sale = ledger.find(id).orElseThrow(() -> new NotFoundException("sale.notFound"));
        access.requireSellAt(sale.locationId());
        return sale;
    }

    @PostMapping("/api/v1/sales/{id}/returns")
    @Operation(
            operationId = "recordReturn",
            summary = "Record a return of lines of a sale",
            description = "A compensating entry with negative quantities; goods go back into stock. Idempotent on"
                    + " clientId like a sale.")
    ResponseEntity<Sale> recordReturn(@PathVariable UUID id, @Valid @RequestBody ReturnInput input) {
        Sale original = ledger.find(id).orElseThrow(() -> new NotFoundException("sale.notFound"));
        access.requireSellAt(original.locationId());
        Sale back = ledger.recordReturn(
                input.clientId(),
                id,
                input.lines().stream()
                        .map(l -> new SalesLedger.ReturnLine(l.lineNo(), l.quantity()))
                        .toList(),
                input.payment());
        return ResponseEntity.status(back.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(back);
    }

    @GetMapping("/api/v1/locations/{id}/stock")
    @Operation(operationId = "getLocationStock", summary = "What lies at a location, by variant and owner")
    List<StockLevel> stock(@PathVariable UUID id) {
        access.requireSellAt(id);
        return stock.levels(id);
    }

    private UUID variantOf(LineInput line) {
        if (line.variantId() != null) {
            return line.variantId();
        }
        if (line.barcode() != null && !line.barcode().isBlank()) {
            return products.sellableByBarcode(line.barcode())
                    .map(SellableVariant::variantId)
                    .orElseThrow(() -> new InvalidRequestException("lines", "sale.unknownBarcode", line.barcode()));
        }
        throw new InvalidRequestException("lines", "sale.lineWithoutProduct");
    }
}
