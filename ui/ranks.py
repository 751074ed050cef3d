"""Ranks offered by the Pejabat form: Polri, TNI AD/AL/AU and civil titles, as printed.

The abbreviation is what a release prints (EYD and Humas Polri practice); the long form is
there so that typing *komisaris besar* finds *Kombes Pol*. Free text stays allowed.
"""

from __future__ import annotations

RANKS: tuple[tuple[str, str], ...] = (
    # Polri: perwira tinggi, menengah, pertama
    ("Jenderal Pol", "Jenderal Polisi"), ("Komjen Pol", "Komisaris Jenderal Polisi"),
    ("Irjen Pol", "Inspektur Jenderal Polisi"), ("Brigjen Pol", "Brigadir Jenderal Polisi"),
    ("Kombes Pol", "Komisaris Besar Polisi"), ("AKBP", "Ajun Komisaris Besar Polisi"),
    ("Kompol", "Komisaris Polisi"), ("AKP", "Ajun Komisaris Polisi"),
    ("Iptu", "Inspektur Polisi Satu"), ("Ipda", "Inspektur Polisi Dua"),
    # Polri: bintara, tamtama
    ("Aiptu", "Ajun Inspektur Polisi Satu"), ("Aipda", "Ajun Inspektur Polisi Dua"),
    ("Bripka", "Brigadir Polisi Kepala"), ("Brigpol", "Brigadir Polisi"),
    ("Briptu", "Brigadir Polisi Satu"), ("Bripda", "Brigadir Polisi Dua"),
    ("Abrip", "Ajun Brigadir Polisi"), ("Abriptu", "Ajun Brigadir Polisi Satu"),
    ("Abripda", "Ajun Brigadir Polisi Dua"), ("Bharaka", "Bhayangkara Kepala"),
    ("Bharatu", "Bhayangkara Satu"), ("Bharada", "Bhayangkara Dua"),
    # TNI AD (and shared ranks)
    ("Jenderal TNI", "Jenderal TNI"), ("Letjen TNI", "Letnan Jenderal TNI"),
    ("Mayjen TNI", "Mayor Jenderal TNI"), ("Brigjen TNI", "Brigadir Jenderal TNI"),
    ("Kolonel", "Kolonel"), ("Letkol", "Letnan Kolonel"), ("Mayor", "Mayor"),
    ("Kapten", "Kapten"), ("Lettu", "Letnan Satu"), ("Letda", "Letnan Dua"),
    ("Peltu", "Pembantu Letnan Satu"), ("Pelda", "Pembantu Letnan Dua"),
    ("Serma", "Sersan Mayor"), ("Serka", "Sersan Kepala"), ("Sertu", "Sersan Satu"),
    ("Serda", "Sersan Dua"), ("Kopka", "Kopral Kepala"), ("Koptu", "Kopral Satu"),
    ("Kopda", "Kopral Dua"), ("Praka", "Prajurit Kepala"), ("Pratu", "Prajurit Satu"),
    ("Prada", "Prajurit Dua"),
    # TNI AL and AU
    ("Laksamana TNI", "Laksamana TNI"), ("Laksdya TNI", "Laksamana Madya TNI"),
    ("Laksda TNI", "Laksamana Muda TNI"), ("Laksma TNI", "Laksamana Pertama TNI"),
    ("Marsekal TNI", "Marsekal TNI"), ("Marsdya TNI", "Marsekal Madya TNI"),
    ("Marsda TNI", "Marsekal Muda TNI"), ("Marsma TNI", "Marsekal Pertama TNI"),
    ("Kolonel Laut", "Kolonel Laut"), ("Kolonel Pnb", "Kolonel Penerbang"),
    ("Letkol Laut", "Letnan Kolonel Laut"), ("Mayor Laut", "Mayor Laut"),
    ("Kelasi", "Kelasi"),
    # Civil servants
    ("Penata", "PNS golongan III/c"), ("Pembina", "PNS golongan IV/a"),
)


def rank_labels() -> list[str]:
    """``AKBP — Ajun Komisaris Besar Polisi`` entries for a searchable list."""
    return [short if short == long else f"{short} — {long}" for short, long in RANKS]


def rank_from_label(label: str) -> str:
    """The printed rank from a list label, or the free text as typed."""
    return label.split(" — ", 1)[0].strip()
