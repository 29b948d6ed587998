def generate():
    return {"cases": []}
