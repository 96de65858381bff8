package ma.tadamon.catalog.internal;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import ma.tadamon.catalog.Batches;
import ma.tadamon.catalog.Packaging;
import ma.tadamon.catalog.Product;
import ma.tadamon.catalog.ProductMedia;
import ma.tadamon.catalog.ProductStatus;
import ma.tadamon.catalog.Products;
import ma.tadamon.catalog.Unit;
import ma.tadamon.catalog.internal.ProductForms.BatchForm;
import ma.tadamon.catalog.internal.ProductForms.ProductForm;
import ma.tadamon.catalog.internal.ProductForms.VariantForm;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.web.FormErrors;
import ma.tadamon.registry.Actor;
import ma.tadamon.registry.Actors;
import ma.tadamon.registry.RegistryAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An actor's products, their variants, photos and lots, for its managers (and registrars, admins). */
@Controller
@RequestMapping("/manage/{actorId}/products")
class ManageProductsController {

    private final Products products;
    private final ProductMedia media;
    private final Batches batches;
    private final Actors actors;
    private final RegistryAccess access;

    ManageProductsController(
            Products products, ProductMedia media, Batches batches, Actors actors, RegistryAccess access) {
        this.products = products;
        this.media = media;
        this.batches = batches;
        this.actors = actors;
        this.access = access;
    }

    /** Before every handler: only the actor's managers (403 otherwise); the page's header and tab. */
    @ModelAttribute
    void common(@PathVariable UUID actorId, Model model) {
        model.addAttribute("actor", actor(actorId));
        model.addAttribute("section", "products");
    }

    @GetMapping
    String list(@PathVariable UUID actorId, Model model) {
        model.addAttribute("products", products.ofActor(actorId, true));
        return "catalog/manage-products";
    }

    @GetMapping("/new")
    String newProduct(@PathVariable UUID actorId, Model model) {
        Actor actor = actor(actorId);
        model.addAttribute("form", ProductForm.empty(actor.valueChain()));
        return productForm(model, null);
    }

    @PostMapping("/new")
    String create(
            @PathVariable UUID actorId,
            @ModelAttribute("form") ProductForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        actor(actorId);
        if (!binding.hasErrors()) {
            try {
                UUID id = products.create(actorId, form.toNewProduct());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/manage/" + actorId + "/products/" + id;
            } catch (InvalidRequestException e) {
                FormErrors.reject(binding, e);
            }
        }
        return productForm(model, null);
    }

    @GetMapping({"/{id}", "/{id}/variants", "/{id}/photos", "/{id}/batches"})
    String edit(@PathVariable UUID actorId, @PathVariable UUID id, Model model) {
        actor(actorId);
        Product product = product(actorId, id);
        model.addAttribute("form", ProductForm.of(product));
        return productForm(model, product);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID actorId,
            @PathVariable UUID id,
            @ModelAttribute("form") ProductForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        actor(actorId);
        Product product = product(actorId, id);
        if (!binding.hasErrors()) {
            try {
                products.update(id, form.toNewProduct());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/manage/" + actorId + "/products/" + id;
            } catch (InvalidRequestException e) {
                FormErrors.reject(binding, e);
            }
        }
        return productForm(model, product);
    }

    @PostMapping("/{id}/variants")
    String addVariant(
            @PathVariable UUID actorId,
            @PathVariable UUID id,
            @ModelAttribute("variantForm") VariantForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        actor(actorId);
        Product product = product(actorId, id);
        if (!binding.hasErrors()) {
            try {
                products.addVariant(id, form.toNewVariant());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/manage/" + actorId + "/products/" + id + "/variants#variants";
            } catch (InvalidRequestException e) {
                FormErrors.reject(binding, e);
            }
        }
        model.addAttribute("form", ProductForm.of(product));
        return productForm(model, product);
    }

    @PostMapping("/{id}/variants/{variantId}")
    String updateVariant(
            @PathVariable UUID actorId,
            @PathVariable UUID id,
            @PathVariable UUID variantId,
            @ModelAttribute VariantForm form,
            @RequestParam(defaultValue = "false") boolean active,
            RedirectAttributes redirect) {
        actor(actorId);
        Product product = product(actorId, id);
        if (product.variants().stream().noneMatch(v -> v.id().equals(variantId))) {
            throw new NotFoundException("product.notFound");
        }
        try {
            products.updateVariant(variantId, form.toNewVariant(), active);
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
        }
        return "redirect:/manage/" + actorId + "/products/" + id + "/variants#variants";
    }

    @PostMapping("/{id}/photos")
    String upload(
            @PathVariable UUID actorId,
            @PathVariable UUID id,
            @RequestParam("file") MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        actor(actorId);
        product(actorId, id);
        try {
            media.upload(id, file.getBytes());
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
        }
        return "redirect:/manage/" + actorId + "/products/" + id + "/photos#photos";
    }

    @PostMapping("/{id}/photos/{mediaId}/delete")
    String removePhoto(@PathVariable UUID actorId, @PathVariable UUID id, @PathVariable UUID mediaId) {
        actor(actorId);
        product(actorId, id);
        media.remove(id, mediaId);
        return "redirect:/manage/" + actorId + "/products/" + id + "/photos#photos";
    }

    @PostMapping("/{id}/batches")
    String addBatch(
            @PathVariable UUID actorId,
            @PathVariable UUID id,
            @ModelAttribute("batchForm") BatchForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        actor(actorId);
        Product product = product(actorId, id);
        if (!binding.hasErrors()) {
            try {
                batches.add(
                        id,
                        form.lot(),
                        form.producedOn(),
                        form.bestBefore(),
                        form.quantity(),
                        form.notesAr(),
                        form.notesFr());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/manage/" + actorId + "/products/" + id + "/batches#batches";
            } catch (InvalidRequestException e) {
                FormErrors.reject(binding, e);
            }
        }
        model.addAttribute("form", ProductForm.of(product));
        return productForm(model, product);
    }

    private String productForm(Model model, @org.jspecify.annotations.Nullable Product product) {
        model.addAttribute("product", product);
        model.addAttribute("valueChains", actors.valueChains());
        model.addAttribute("units", Unit.values());
        model.addAttribute("statuses", ProductStatus.values());
        model.addAttribute("packagings", Packaging.values());
        if (product != null) {
            if (!model.containsAttribute("variantForm")) {
                model.addAttribute("variantForm", VariantForm.empty());
            }
            if (!model.containsAttribute("batchForm")) {
                model.addAttribute("batchForm", BatchForm.empty());
            }
            model.addAttribute("photos", media.photos(product.id()));
            model.addAttribute("maxPhotos", ProductMedia.MAX_PHOTOS);
            model.addAttribute("batches", batches.ofProduct(product.id()));
        } else {
            model.addAttribute("photos", List.of());
            model.addAttribute("batches", List.of());
        }
        return "catalog/product";
    }

    /** The actor, once the current user is known to manage it (403 otherwise); also sets the page's tab. */
    private Actor actor(UUID actorId) {
        access.requireManage(actorId);
        return actors.find(actorId).orElseThrow(() -> new NotFoundException("actor.notFound"));
    }

    private Product product(UUID actorId, UUID id) {
        return products.find(id)
                .filter(p -> p.actorId().equals(actorId))
                .orElseThrow(() -> new NotFoundException("product.notFound"));
    }
}
