package ma.tadamon.web.internal;

import ma.tadamon.geo.Territories;
import ma.tadamon.geo.TerritoryLevel;
import ma.tadamon.party.Parties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final Territories territories;
    private final Parties parties;

    HomeController(Territories territories, Parties parties) {
        this.territories = territories;
        this.parties = parties;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("regions", territories.count(TerritoryLevel.REGION));
        model.addAttribute("provinces", territories.count(TerritoryLevel.PROVINCE));
        model.addAttribute("communes", territories.count(TerritoryLevel.COMMUNE));
        model.addAttribute(
                "organisations", parties.search(null, null, null, 0, 1).totalItems());
        return "home";
    }
}
